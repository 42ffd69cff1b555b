package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Window;
import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key-small-matters board (海棠有约·共商共办). A matter's life cycle is the one state machine of
 * {@link MatterAction}: every step goes through {@link #transition}, which refuses illegal steps with a
 * message and records who took the step and when (the timeline). A coordinator works on matters of
 * their own town/street only, and claims only on behalf of institutions paired with it.
 */
@Service
@Transactional
public class MattersService {

    private static final int EXPORT_PAGE = 2000;

    private final MatterRepository matters;
    private final MatterClaimRepository claims;
    private final MatterStepRepository steps;
    private final MatterQueries queries;
    private final InstitutionService institutions;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<MatterOriginLinks> originLinks;

    MattersService(MatterRepository matters, MatterClaimRepository claims, MatterStepRepository steps, MatterQueries queries,
                   InstitutionService institutions, RegionService region, CurrentUser currentUser, Clock clock,
                   List<MatterOriginLinks> originLinks) {
        this.originLinks = originLinks;
        this.matters = matters;
        this.claims = claims;
        this.steps = steps;
        this.queries = queries;
        this.institutions = institutions;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    // ------------------------------------------------------------------ lists

    /** The board, newest first, filtered in SQL. */
    @Transactional(readOnly = true)
    public List<MatterRow> list(MatterFilter filter, Window window) {
        return queries.list(filter, town(filter.townId()), window);
    }

    public List<MatterRow> list(MatterFilter filter, long offset, int limit) {
        return list(filter, Window.of(offset, limit));
    }

    /** Keyset page: matters older than {@code beforeId} (0 = from the newest), for deep pages and exports. */
    @Transactional(readOnly = true)
    public List<MatterRow> listBefore(MatterFilter filter, long beforeId, int limit) {
        return queries.listBefore(filter, town(filter.townId()), beforeId, limit);
    }

    @Transactional(readOnly = true)
    public long count(MatterFilter filter) {
        return queries.count(filter, town(filter.townId()));
    }

    private Optional<Long> town(@Nullable Long requested) {
        return PairingChecks.town(currentUser.scope(), requested);
    }

    /** A matter with its claimants, timeline and the steps open to it now. */
    @Transactional(readOnly = true)
    public MatterDetail detail(long id) {
        Matter matter = load(id);
        MatterQueries.Texts texts = queries.texts(id);
        return new MatterDetail(queries.row(id), texts.description(), texts.resolution(), texts.evidence(),
                queries.claimants(id), queries.timeline(id), MatterAction.availableFrom(matter.getState()),
                linked(matter.getOrigin()));
    }

    private @Nullable MatterOrigin linked(@Nullable MatterOrigin origin) {
        if (origin == null) {
            return null;
        }
        String link = originLinks.stream().filter(l -> l.kind().equals(origin.kind())).findFirst()
                .map(l -> l.link(origin.id())).orElse(null);
        return new MatterOrigin(origin.kind(), origin.id(), origin.label(), link);
    }

    /** The form values of a matter, for editing while it is not yet claimed. */
    @Transactional(readOnly = true)
    public MatterForm form(long id) {
        load(id);
        return queries.form(id);
    }

    // ------------------------------------------------------------------ raising and editing

    /** Records a matter raised in a community of the caller's area; it starts in RAISED. */
    public long raise(MatterForm form) {
        return raise(form, null);
    }

    /**
     * Records a matter raised from another feature's record ({@code origin}: its kind, id and label), so the board
     * shows where it came from and links back to it.
     */
    public long raise(MatterForm form, @Nullable MatterOrigin origin) {
        Valid valid = validate(form);
        Matter fresh = new Matter(valid.townId(), valid.form());
        if (origin != null) {
            String kind = FieldChecks.text("originKind", origin.kind(), MatterOrigin.KIND_LENGTH);
            String label = origin.label().strip();
            if (label.codePointCount(0, label.length()) > MatterOrigin.LABEL_LENGTH) {
                label = label.substring(0, label.offsetByCodePoints(0, MatterOrigin.LABEL_LENGTH - 1)) + "…";
            }
            fresh.setOrigin(MatterOrigin.of(kind, origin.id(), FieldChecks.text("originLabel", label,
                    MatterOrigin.LABEL_LENGTH)));
        }
        Matter matter = matters.save(fresh);
        steps.save(new MatterStep(matter.requireId(), null, MatterState.RAISED, actor(), clock.instant(), null));
        return matter.requireId();
    }

    /** Edits a matter while it is raised or published (before anyone claimed it). */
    public void update(long id, long seenVersion, MatterForm form) {
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        if (matter.getState() != MatterState.RAISED && matter.getState() != MatterState.PUBLISHED) {
            throw new RuleViolationException("pairing.error.matter.notEditable");
        }
        Valid valid = validate(form);
        matter.describe(valid.townId(), valid.form());
        matters.flush();
    }

    /** The form as it is stored; a matter is raised from {@link FieldChecks#EARLIEST_RECORD} to today. */
    private Valid validate(MatterForm form) {
        String title = PairingChecks.text("title", form.title(), 100);
        String description = PairingChecks.text("description", form.description(), 2000);
        if (form.category() == null) {
            throw RuleViolationException.atField("category", "pairing.error.required");
        }
        if (form.source() == null) {
            throw RuleViolationException.atField("source", "pairing.error.required");
        }
        if (form.communityId() == null) {
            throw RuleViolationException.atField("communityId", "pairing.error.required");
        }
        CommunityRef community = region.community(form.communityId());
        if (form.compoundId() != null) {
            CompoundRef compound = region.compound(form.compoundId());
            if (compound.communityId() != community.id()) {
                throw RuleViolationException.atField("compoundId", "pairing.error.compoundOutsideCommunity", compound.name(),
                        community.name());
            }
        }
        LocalDate raisedOn = PairingChecks.recordDate("raisedOn", form.raisedOn(), today());
        return new Valid(community.townId(), new MatterForm(title, description, form.category(), form.source(),
                form.communityId(), form.compoundId(), raisedOn));
    }

    /** A matter as it is stored, and the town/street of its community. */
    private record Valid(long townId, MatterForm form) {
    }

    // ------------------------------------------------------------------ the life cycle

    public void publish(long id, long seenVersion) {
        transition(id, seenVersion, MatterAction.PUBLISH, null);
    }

    /**
     * 揭榜: one or several institutions claim the matter (joint claim); more may join while it is claimed.
     * A coordinator claims only for institutions actively paired with their own town/street.
     */
    public void claim(long id, long seenVersion, Set<Long> institutionIds) {
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        requireLegal(matter, MatterAction.CLAIM);
        if (institutionIds == null || institutionIds.isEmpty()) {
            throw RuleViolationException.atField("institutions", "pairing.error.matter.noClaimant");
        }
        Scope scope = currentUser.scope();
        LocalDate today = today();
        StringBuilder names = new StringBuilder();
        for (long institutionId : institutionIds) {
            InstitutionRow institution = institutions.institution(institutionId);
            if (!scope.isCityWide()) {
                Long town = institutions.activeTownOf(institutionId);
                if (town == null || town != matter.getTownId()) {
                    throw RuleViolationException.atField("institutions", "pairing.error.matter.claimOutsideArea",
                            institution.name());
                }
            }
            if (claims.existsByMatterIdAndInstitutionId(id, institutionId)) {
                throw RuleViolationException.atField("institutions", "pairing.error.matter.alreadyClaimed", institution.name());
            }
            claims.save(new MatterClaim(id, institutionId, today));
            names.append(names.isEmpty() ? "" : "、").append(institution.name());
        }
        step(matter, MatterAction.CLAIM, names.toString());
    }

    public void start(long id, long seenVersion) {
        transition(id, seenVersion, MatterAction.START, null);
    }

    /** Resolved: what was done is required, the evidence (where to find photos, receipts…) optional. */
    public void resolve(long id, long seenVersion, String whatWasDone, @Nullable String evidence) {
        String done = PairingChecks.text("resolution", whatWasDone, 2000);
        String proof = FieldChecks.optionalText("evidence", evidence, 500);
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        requireLegal(matter, MatterAction.RESOLVE);
        matter.recordResolution(done, proof);
        step(matter, MatterAction.RESOLVE, done);
    }

    /** Accepted by the residents' representative (named in the note). */
    public void accept(long id, long seenVersion, @Nullable String representative) {
        transition(id, seenVersion, MatterAction.ACCEPT, representative);
    }

    /** Reopened with a reason: back to in progress. */
    public void reopen(long id, long seenVersion, String reason) {
        if (reason == null || reason.isBlank()) {
            throw RuleViolationException.atField("reason", "pairing.error.matter.reasonRequired");
        }
        transition(id, seenVersion, MatterAction.REOPEN, reason.strip());
    }

    public void close(long id, long seenVersion) {
        transition(id, seenVersion, MatterAction.CLOSE, null);
    }

    /** Any step but claim and resolve (which carry their own input); refuses illegal steps. */
    public void transition(long id, long seenVersion, MatterAction action, @Nullable String note) {
        if (action == MatterAction.CLAIM || action == MatterAction.RESOLVE) {
            throw new IllegalArgumentException("Use claim() or resolve() for " + action);
        }
        Matter matter = load(id);
        StaleEditException.check(seenVersion, matter.getVersion());
        requireLegal(matter, action);
        step(matter, action, FieldChecks.optionalText("reason", note, 2000));
    }

    private static void requireLegal(Matter matter, MatterAction action) {
        if (!action.allowedFrom(matter.getState())) {
            throw new RuleViolationException("pairing.error.matter.illegal." + action.name(),
                    matter.getState().name());
        }
    }

    private void step(Matter matter, MatterAction action, @Nullable String note) {
        MatterState from = matter.getState();
        matter.apply(action, today());
        matters.saveAndFlush(matter);
        steps.save(new MatterStep(matter.requireId(), from, matter.getState(), actor(), clock.instant(), note));
    }

    private Matter load(long id) {
        Matter matter = matters.findById(id).orElseThrow(PairingChecks::notFound);
        currentUser.scope().requireTown(matter.getTownId());
        return matter;
    }

    private String actor() {
        return currentUser.require().getUsername();
    }

    // ------------------------------------------------------------------ figures (SQL)

    /** Published, claimed, resolved (accepted or closed), reopened, open; medians of days to claim and to close. */
    @Transactional(readOnly = true)
    public BoardFigures figures(@Nullable Long townId) {
        return queries.figures(town(townId));
    }

    /** Matters and medians by category (in the caller's area or one town/street). */
    @Transactional(readOnly = true)
    public List<MedianRow> mediansByCategory(@Nullable Long townId) {
        return queries.medians("m.category", town(townId));
    }

    /** Matters and medians by town/street (a coordinator gets their own only). */
    @Transactional(readOnly = true)
    public List<MedianRow> mediansByTown() {
        return queries.medians("t.name", town(null));
    }

    /** Matters raised per month over the last {@code months} months, by the state they are in now. */
    @Transactional(readOnly = true)
    public List<MonthStateCount> perMonth(@Nullable Long townId, int months) {
        return queries.perMonth(YearMonth.from(today()).minusMonths(months - 1L), town(townId));
    }

    /** Writes exactly the filtered matters to Excel, streamed in keyset pages. */
    @Transactional(readOnly = true)
    public int export(MatterFilter filter, OutputStream out, Locale locale) {
        try (ExcelWriter excel = new ExcelWriter(locale)) {
            ExcelWriter.SheetWriter sheet = excel.sheetOfKeys("pairing.matters.sheet", "pairing.matter.title",
                    "pairing.matter.category", "pairing.matter.source", "pairing.town", "pairing.community", "pairing.compound",
                    "pairing.matter.raisedOn", "pairing.matter.state", "pairing.matter.claimants", "pairing.matter.publishedOn",
                    "pairing.matter.closedOn", "pairing.matter.reopenCount");
            long before = 0;
            while (true) {
                List<MatterRow> page = listBefore(filter, before, EXPORT_PAGE);
                for (MatterRow m : page) {
                    sheet.row(m.title(), excel.t(m.category().messageKey()), excel.t(m.source().messageKey()), m.townName(),
                            m.communityName(), m.compoundName(), m.raisedOn(), excel.t(m.state().messageKey()),
                            m.claimants(), m.publishedOn(), m.closedOn(), m.reopenCount());
                }
                if (page.size() < EXPORT_PAGE) {
                    break;
                }
                before = page.getLast().id();
            }
            excel.write(out);
            return sheet.rows();
        }
    }
}
