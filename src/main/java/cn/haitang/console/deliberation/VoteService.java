package cn.haitang.console.deliberation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The owners' joint decision on a consultation's plan (Civil Code art. 278). The compound's total exclusive area
 * and owner count are fixed when the vote opens; each household's ballot records its area and choice, entered
 * one by one or imported all or nothing; counting sums the ballots in the database and applies
 * {@link Article278}, storing every figure that decided the result.
 */
@Service
@Transactional
public class VoteService {

    static final BigDecimal MAX_HOUSEHOLD_AREA = new BigDecimal("99999.99");

    private final DelibVoteRepository votes;
    private final DelibBallotRepository ballots;
    private final ConsultationService consultations;
    private final BallotImport importer;
    private final DeliberationQueries queries;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    VoteService(DelibVoteRepository votes, DelibBallotRepository ballots,
                ConsultationService consultations, BallotImport importer, DeliberationQueries queries, RegionService region,
                CurrentUser currentUser, Clock clock) {
        this.votes = votes;
        this.ballots = ballots;
        this.consultations = consultations;
        this.importer = importer;
        this.queries = queries;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---- the compound's denominators -----------------------------------------------------------------

    /** The compound's total exclusive area and owner count, as the compound records them. */
    @Transactional(readOnly = true)
    public Optional<OwnershipRow> ownership(long compoundId) {
        return OwnershipRow.of(region.compoundDetail(compoundId));
    }

    /** The compound's version as the user opens the area-and-owners form (its optimistic lock). */
    @Transactional(readOnly = true)
    public long compoundVersion(long compoundId) {
        return region.compoundDetail(compoundId).version();
    }

    /**
     * Sets a compound's total exclusive area (m², two decimals) and number of owners from the vote panel: they are
     * the compound's own fields, so this is the region's rule, scope check and optimistic lock.
     */
    public OwnershipRow setOwnership(long compoundId, long seenVersion, @Nullable BigDecimal totalArea,
                                     @Nullable Integer owners) {
        return OwnershipRow.of(region.setOwnership(compoundId, seenVersion, FieldChecks.required("exclusiveArea", totalArea),
                FieldChecks.required("ownerCount", owners))).orElseThrow();
    }

    // ---- the vote ------------------------------------------------------------------------------------

    /** Opens the vote on an open consultation's plan, fixing the compound's totals as they are now. */
    public long open(long consultationId, @Nullable VoteItem item, @Nullable String question) {
        Consultation consultation = consultations.load(consultationId);
        if (consultation.getState() != ConsultationState.OPEN) {
            throw new RuleViolationException("delib.error.consultation.closed");
        }
        VoteItem chosen = FieldChecks.required("item", item);
        String text = FieldChecks.text("question", question, 500);
        if (votes.findByConsultationId(consultationId).isPresent()) {
            throw new RuleViolationException("delib.error.vote.exists");
        }
        OwnershipRow ownership = OwnershipRow.of(region.compoundDetail(consultation.getCompoundId()))
                .orElseThrow(() -> RuleViolationException.atField("item", "delib.error.vote.noOwnership"));
        return votes.save(new OwnersVote(consultation, chosen, text, ownership.totalArea(), ownership.ownerCount()))
                .requireId();
    }

    @Transactional(readOnly = true)
    public VoteRow vote(long voteId) {
        load(voteId);
        return queries.vote(voteId);
    }

    @Transactional(readOnly = true)
    public List<BallotRow> ballots(long voteId, Pageable page) {
        load(voteId);
        return queries.ballots(voteId, page);
    }

    @Transactional(readOnly = true)
    public long countBallots(long voteId) {
        load(voteId);
        return queries.countBallots(voteId);
    }

    public long addBallot(long voteId, BallotForm form) {
        OwnersVote vote = openVote(voteId);
        BallotForm valid = validBallot(form);
        if (ballots.existsByVoteIdAndHousehold(voteId, valid.household())) {
            throw RuleViolationException.atField("household", "delib.error.ballot.duplicate", valid.household());
        }
        return ballots.save(new Ballot(vote.requireId(), valid)).requireId();
    }

    public void deleteBallot(long ballotId) {
        Ballot ballot = ballots.findById(ballotId).orElseThrow(DelibChecks::notFound);
        openVote(ballot.getVoteId());
        ballots.delete(ballot);
        ballots.flush();
    }

    static BallotForm validBallot(BallotForm form) {
        String household = FieldChecks.text("household", form.household(), 32);
        String owner = FieldChecks.text("ownerName", form.ownerName(), 32);
        BigDecimal area = FieldChecks.decimal("area", form.area(), new BigDecimal("0.01"), MAX_HOUSEHOLD_AREA, 2);
        Choice choice = FieldChecks.required("choice", form.choice());
        return new BallotForm(household, owner, area, choice);
    }

    /**
     * Imports ballots from Excel, all or nothing: every row is checked (and against the ballots already entered)
     * before any is saved; one refused row leaves the vote untouched and the refusals are listed row by row.
     */
    public BallotImportResult importBallots(long voteId, InputStream in) {
        OwnersVote vote = openVote(voteId);
        BallotImport.Parsed parsed = importer.parse(in, queries.households(voteId));
        if (!parsed.errors().isEmpty()) {
            return new BallotImportResult(parsed.rows(), 0, parsed.errors());
        }
        ballots.saveAll(parsed.ballots().stream().map(b -> new Ballot(vote.requireId(), b)).toList());
        ballots.flush();
        return new BallotImportResult(parsed.rows(), parsed.ballots().size(), List.of());
    }

    /** The empty import template: its headers and one example row (skipped on import). */
    @Transactional(readOnly = true)
    public void template(OutputStream out, Locale locale) {
        currentUser.scope().townFilter();
        importer.template(out, locale);
    }

    @Transactional(readOnly = true)
    public void errorReport(BallotImportResult result, OutputStream out, Locale locale) {
        importer.errorReport(result, out, locale);
    }

    /**
     * Counts the vote: sums the ballots in the database, refuses figures beyond the compound's totals (a ballot too
     * many or an area mistyped), decides by art. 278 and fixes every figure with the result.
     */
    public VoteRow count(long voteId, long seenVersion) {
        OwnersVote vote = openVote(voteId);
        StaleEditException.check(seenVersion, vote.getVersion());
        DeliberationQueries.Tallied t = queries.tally(voteId);
        if (t.participatingOwners() > vote.getTotalOwners()) {
            throw new RuleViolationException("delib.error.vote.tooManyBallots", t.participatingOwners(), vote.getTotalOwners());
        }
        if (t.participatingArea().compareTo(vote.getTotalArea()) > 0) {
            throw new RuleViolationException("delib.error.vote.areaExceeds", t.participatingArea().toPlainString(),
                    vote.getTotalArea().toPlainString());
        }
        Article278.Result result = Article278.decide(vote.getItem(), new Article278.Tally(vote.getTotalArea(),
                vote.getTotalOwners(), t.participatingArea(), t.participatingOwners(), t.agreeArea(), t.agreeOwners()));
        vote.counted(result, LocalDate.now(clock));
        votes.saveAndFlush(vote);
        return queries.vote(voteId);
    }

    private OwnersVote openVote(long voteId) {
        OwnersVote vote = load(voteId);
        if (vote.getState() != VoteState.OPEN) {
            throw new RuleViolationException("delib.error.vote.counted");
        }
        return vote;
    }

    private OwnersVote load(long voteId) {
        OwnersVote vote = votes.findById(voteId).orElseThrow(DelibChecks::notFound);
        currentUser.scope().requireTown(vote.getTownId());
        return vote;
    }
}
