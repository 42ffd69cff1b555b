package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.files.Attachments;
import cn.haitang.console.circle.SceneRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.SceneState;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A fund's ledger: recording movements, the second person's approval of spending above the fund's
 * threshold, rejection, reversal with a reason (never deletion), and vouchers. Every write that can lower
 * a balance locks the fund's row first and reads the balance with a locking read, so two people spending
 * from one fund at once take turns and cannot overdraw it; the balance itself is never stored by hand
 * (the database's tally follows the posted movements).
 */
@Service
@Transactional
public class LedgerService {

    private final FundRepository funds;
    private final FundMovementRepository movements;
    private final FundVoucherRepository vouchers;
    private final FundsQueries queries;
    private final SceneService scenes;
    private final CurrentUser currentUser;
    private final Clock clock;

    LedgerService(FundRepository funds, FundMovementRepository movements, FundVoucherRepository vouchers, FundsQueries queries,
                  SceneService scenes, CurrentUser currentUser, Clock clock) {
        this.funds = funds;
        this.movements = movements;
        this.vouchers = vouchers;
        this.queries = queries;
        this.scenes = scenes;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ------------------------------------------------------------------ reading

    @Transactional(readOnly = true)
    public List<MovementRow> movements(long fundId, MovementFilter filter, Pageable page) {
        scopedFund(fundId);
        return queries.movements(fundId, filter, page);
    }

    @Transactional(readOnly = true)
    public long countMovements(long fundId, MovementFilter filter) {
        scopedFund(fundId);
        return queries.countMovements(fundId, filter);
    }

    @Transactional(readOnly = true)
    public MovementRow movement(long id) {
        FundMovement movement = movements.findById(id).orElseThrow(FundsChecks::notFound);
        scopedFund(movement.getFundId());
        return queries.movement(id);
    }

    // ------------------------------------------------------------------ recording

    /**
     * Records a movement. Income posts at once; spending posts at once up to the fund's threshold and waits
     * for a second person's approval above it (checked again then); spending that would take the balance below
     * zero is refused.
     */
    public long record(long fundId, MovementForm form) {
        Fund fund = lockedFund(fundId);
        Valid valid = valid(fund, form);
        FundMovement movement = new FundMovement(fund, valid.kind(), valid.kind().isIncome(), valid.movedOn(), valid.amount(),
                valid.counterparty(), form.anonymous(), valid.purpose(), form.projectId(), valid.targetFundId(),
                currentUser.require().getUsername(), clock.instant()).toScene(valid.sceneId());
        if (!valid.kind().isIncome()) {
            requireCovered(fund, valid.amount(), "amount");
        }
        if (!valid.kind().isIncome() && valid.amount().compareTo(fund.getApprovalThreshold()) > 0) {
            return movements.save(movement).requireId();
        }
        movement.post(null, clock.instant());
        long id = movements.saveAndFlush(movement).requireId();
        allocate(movement);
        return id;
    }

    /** The second person's approval of a pending spending: posts it if the balance still covers it. */
    public void approve(long movementId, long seenVersion) {
        FundMovement movement = lockedMovement(movementId);
        Fund fund = lockedFund(movement.getFundId());
        StaleEditException.check(seenVersion, movement.getVersion());
        requirePending(movement);
        String me = currentUser.require().getUsername();
        if (me.equals(movement.getRecordedBy())) {
            throw new RuleViolationException("funds.error.sameApprover");
        }
        requireCovered(fund, movement.getAmount(), null);
        movement.post(me, clock.instant());
        movements.flush();
        allocate(movement);
    }

    /** Refuses a pending spending; it stays in the ledger as REJECTED and never counts. */
    public void reject(long movementId, long seenVersion) {
        FundMovement movement = lockedMovement(movementId);
        lockedFund(movement.getFundId());
        StaleEditException.check(seenVersion, movement.getVersion());
        requirePending(movement);
        String me = currentUser.require().getUsername();
        if (me.equals(movement.getRecordedBy())) {
            throw new RuleViolationException("funds.error.sameApprover");
        }
        movement.reject(me, clock.instant());
        movements.flush();
    }

    /**
     * Corrects a posted movement with a reversing one of the same kind and amount in the other direction,
     * dated today, with the reason. An allocation is reversed at the city fund, together with its income in
     * the community fund. A reversal that would take a balance below zero is refused.
     */
    public long reverse(long movementId, long seenVersion, @Nullable String reason) {
        FundMovement original = lockedMovement(movementId);
        StaleEditException.check(seenVersion, original.getVersion());
        String why = FieldChecks.text("reason", reason, 200);
        if (original.getStatus() != MovementStatus.POSTED) {
            throw new RuleViolationException("funds.error.reverseNotPosted");
        }
        if (original.getReversesId() != null) {
            throw new RuleViolationException("funds.error.reverseReversal");
        }
        if (original.getSourceMovementId() != null) {
            throw new RuleViolationException("funds.error.reverseAtSource");
        }
        if (movements.existsByReversesId(movementId)) {
            throw new RuleViolationException("funds.error.alreadyReversed");
        }
        FundMovement allocated = original.getKind() == MovementKind.ALLOCATION_OUT
                ? movements.findBySourceMovementId(movementId).orElse(null) : null;
        Fund fund = lockedFund(original.getFundId());
        Fund target = allocated == null ? null : lockedFundUnchecked(allocated.getFundId());
        if (original.isIncoming()) {
            requireCovered(fund, original.getAmount(), null);
        }
        if (allocated != null && target != null) {
            requireCovered(target, allocated.getAmount(), null);
        }
        long id = reversal(fund, original, why);
        if (allocated != null && target != null) {
            reversal(target, allocated, why);
        }
        movements.flush();
        return id;
    }

    private long reversal(Fund fund, FundMovement original, String why) {
        FundMovement reversal = new FundMovement(fund, original.getKind(), !original.isIncoming(), LocalDate.now(clock),
                original.getAmount(), original.getCounterparty(), original.isAnonymous(), original.getPurpose(),
                original.getProjectId(), null, currentUser.require().getUsername(), clock.instant())
                .toScene(original.getSceneId()).reversing(original.requireId(), why);
        reversal.post(null, clock.instant());
        return movements.save(reversal).requireId();
    }

    /** An allocation out of the city fund, once posted, is an income of the community fund it goes to. */
    private void allocate(FundMovement out) {
        if (out.getKind() != MovementKind.ALLOCATION_OUT || out.getStatus() != MovementStatus.POSTED
                || out.getTargetFundId() == null) {
            return;
        }
        Fund target = lockedFundUnchecked(out.getTargetFundId());
        FundMovement in = new FundMovement(target, MovementKind.ALLOCATION_IN, true, out.getMovedOn(), out.getAmount(),
                funds.findById(out.getFundId()).map(Fund::getName).orElseThrow(), false, out.getPurpose(), null, null,
                out.getRecordedBy(), clock.instant()).fromAllocation(out.requireId());
        in.post(currentUser.require().getUsername(), clock.instant());
        movements.saveAndFlush(in);
    }

    // ------------------------------------------------------------------ rules

    private record Valid(MovementKind kind, LocalDate movedOn, BigDecimal amount, String counterparty, String purpose,
                         @Nullable Long targetFundId, @Nullable Long sceneId) {
    }

    private Valid valid(Fund fund, MovementForm form) {
        MovementKind kind = FieldChecks.required("kind", form.kind());
        if (!kind.recordable()) {
            throw RuleViolationException.atField("kind", "funds.error.kindNotRecordable");
        }
        LocalDate movedOn = FieldChecks.pastRecord("movedOn", form.movedOn(), LocalDate.now(clock));
        if (movedOn.isBefore(fund.getOpenedOn())) {
            throw RuleViolationException.atField("movedOn", "funds.error.beforeOpening", fund.getOpenedOn());
        }
        BigDecimal amount = FieldChecks.decimal("amount", form.amount(), FundsChecks.MIN_AMOUNT, FundsChecks.MAX_AMOUNT, 2)
                .setScale(2);
        String counterparty = FieldChecks.text("counterparty", form.counterparty(), 100);
        String purpose = FieldChecks.text("purpose", form.purpose(), 200);
        if (form.anonymous() && kind != MovementKind.DONATION) {
            throw RuleViolationException.atField("anonymous", "funds.error.anonymousDonationOnly");
        }
        checkProject(fund, kind, form.projectId());
        Long scene = checkScene(fund, kind, form.projectId(), form.sceneId());
        Long target = null;
        if (kind == MovementKind.ALLOCATION_OUT) {
            if (fund.getKind() != FundKind.CITY) {
                throw RuleViolationException.atField("kind", "funds.error.allocationFromCity");
            }
            Long targetId = FieldChecks.required("targetFundId", form.targetFundId());
            Fund targetFund = funds.findById(targetId).orElseThrow(FundsChecks::notFound);
            if (targetFund.getKind() != FundKind.COMMUNITY) {
                throw RuleViolationException.atField("targetFundId", "funds.error.allocationToCommunity");
            }
            target = targetId;
        }
        return new Valid(kind, movedOn, amount, counterparty, purpose, target, scene);
    }

    /**
     * A grant goes to an awarded contest project, to a happiness scene ({@link #checkScene}), or to neither
     * (named by its counterparty and purpose); a project's income comes into its own community's fund.
     */
    private void checkProject(Fund fund, MovementKind kind, @Nullable Long projectId) {
        if (kind == MovementKind.PROJECT_INCOME || (kind == MovementKind.GRANT && projectId != null)) {
            Long id = FieldChecks.required("projectId", projectId);
            FundsQueries.ProjectPlace project = queries.projectPlace(id).orElseThrow(
                    () -> RuleViolationException.atField("projectId", "error.notFound"));
            if (!List.of("AWARDED", "IN_PROGRESS", "CLOSED").contains(project.state())) {
                throw RuleViolationException.atField("projectId", "funds.error.projectNotAwarded");
            }
            if (kind == MovementKind.PROJECT_INCOME && !java.util.Objects.equals(fund.getCommunityId(), project.communityId())) {
                throw RuleViolationException.atField("projectId", "funds.error.projectOtherCommunity");
            }
        } else if (projectId != null) {
            throw RuleViolationException.atField("projectId", "funds.error.projectNotForKind");
        }
    }

    /**
     * A grant may name a happiness scene instead of a project: one that is not closed, of the fund's own
     * community for a community fund (the city fund's grants may go to any scene of the city). The scene is
     * read through the circle's service, which checks the caller may see it.
     */
    private @Nullable Long checkScene(Fund fund, MovementKind kind, @Nullable Long projectId, @Nullable Long sceneId) {
        if (sceneId == null) {
            return null;
        }
        if (kind != MovementKind.GRANT) {
            throw RuleViolationException.atField("sceneId", "funds.error.sceneNotForKind");
        }
        if (projectId != null) {
            throw RuleViolationException.atField("sceneId", "funds.error.projectOrScene");
        }
        SceneRow scene;
        try {
            scene = scenes.scene(sceneId);
        } catch (RuleViolationException e) {
            throw RuleViolationException.atField("sceneId", "error.notFound");
        }
        if (scene.state() == SceneState.CLOSED) {
            throw RuleViolationException.atField("sceneId", "funds.error.sceneClosed", scene.name());
        }
        if (fund.getCommunityId() != null && fund.getCommunityId() != scene.communityId()) {
            throw RuleViolationException.atField("sceneId", "funds.error.sceneOtherCommunity", scene.name());
        }
        return sceneId;
    }

    /** Scenes a grant of this fund may go to: its community's (a community fund) or the city's (the city fund). */
    @Transactional(readOnly = true)
    public List<Option> sceneOptions(long fundId) {
        Fund fund = writableFund(fundId);
        return scenes.grantableOptions(fund.getCommunityId()).stream().map(n -> new Option(n.id(), n.name())).toList();
    }

    private void requireCovered(Fund fund, BigDecimal amount, @Nullable String field) {
        BigDecimal balance = queries.lockedBalance(fund.requireId());
        if (balance.compareTo(amount) < 0) {
            String key = "funds.error.insufficient";
            throw field == null ? new RuleViolationException(key, fund.getName(), balance.toPlainString())
                    : RuleViolationException.atField(field, key, fund.getName(), balance.toPlainString());
        }
    }

    private static void requirePending(FundMovement movement) {
        if (movement.getStatus() != MovementStatus.PENDING) {
            throw new RuleViolationException("funds.error.notPending");
        }
    }

    /** The fund, if the caller may read it (a coordinator reads the city fund too). */
    private Fund scopedFund(long fundId) {
        Fund fund = funds.findById(fundId).orElseThrow(FundsChecks::notFound);
        FundsChecks.requireReadable(currentUser.scope(), fund);
        return fund;
    }

    /** The fund, if the caller may write to it (the city fund: admins only). */
    Fund writableFund(long fundId) {
        Fund fund = funds.findById(fundId).orElseThrow(FundsChecks::notFound);
        FundsChecks.requireWritable(currentUser.scope(), fund);
        return fund;
    }

    /** The fund, if the caller may write to it, with its row locked until the transaction ends. */
    private Fund lockedFund(long fundId) {
        Fund fund = lockedFundUnchecked(fundId);
        FundsChecks.requireWritable(currentUser.scope(), fund);
        return fund;
    }

    private Fund lockedFundUnchecked(long fundId) {
        return funds.findLocked(fundId).orElseThrow(FundsChecks::notFound);
    }

    private FundMovement lockedMovement(long movementId) {
        FundMovement movement = movements.findLocked(movementId).orElseThrow(FundsChecks::notFound);
        Fund fund = funds.findById(movement.getFundId()).orElseThrow(FundsChecks::notFound);
        FundsChecks.requireWritable(currentUser.scope(), fund);
        return movement;
    }

    // ------------------------------------------------------------------ vouchers

    @Transactional(readOnly = true)
    public List<VoucherRow> vouchers(long movementId) {
        movement(movementId);
        return queries.vouchers(movementId);
    }

    /** Stores a voucher once {@link Attachments#check} has accepted it (PDF, JPEG or PNG). */
    public long addVoucher(long movementId, @Nullable String fileName, @Nullable String contentType, byte @Nullable [] content) {
        FundMovement movement = movements.findById(movementId).orElseThrow(FundsChecks::notFound);
        writableFund(movement.getFundId());
        Attachments.Checked file = Attachments.check("file", fileName, contentType, content);
        Instant now = clock.instant();
        return vouchers.save(new FundVoucher(movementId, file.fileName(), file.contentType(), file.content(), now,
                currentUser.require().getUsername())).requireId();
    }

    @Transactional(readOnly = true)
    public VoucherContent voucherContent(long voucherId) {
        FundVoucher voucher = vouchers.findById(voucherId).orElseThrow(FundsChecks::notFound);
        movement(voucher.getMovementId());
        return new VoucherContent(voucher.getFileName(), voucher.getContentType(), voucher.getContent());
    }
}
