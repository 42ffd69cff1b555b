package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.region.CompoundRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applications and their eligibility: a coordinator nominates a compound of their town into an open
 * round, writes the statement and key figures (a draft) and submits; the eligibility checks run then on
 * live data and are recorded. The admin may send it back with a reason, run the checks again, or accept
 * a failed one only with a recorded reason (破格受理). Reads are scoped: a coordinator sees their town's.
 */
@Service
@Transactional
public class ApplicationService {

    public static final int STATEMENT_LENGTH = 4000;
    public static final int KEY_FIGURES_LENGTH = 1000;
    public static final int REASON_LENGTH = 500;

    private final ApplicationRepository applications;
    private final SiteRepository sites;
    private final RoundService rounds;
    private final ApplicationAccess access;
    private final Timeline timeline;
    private final AccreditationQueries queries;
    private final CompoundFacts facts;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    ApplicationService(ApplicationRepository applications, SiteRepository sites, RoundService rounds,
                       ApplicationAccess access, Timeline timeline, AccreditationQueries queries, CompoundFacts facts,
                       RegionService region, CurrentUser currentUser, Clock clock) {
        this.applications = applications;
        this.sites = sites;
        this.rounds = rounds;
        this.access = access;
        this.timeline = timeline;
        this.queries = queries;
        this.facts = facts;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- reads

    /** Applications in the caller's area (a reviewer has none: they use their worklist). */
    @Transactional(readOnly = true)
    public List<ApplicationRow> applications(ApplicationFilter filter, Pageable pageable) {
        return queries.applications(filter, currentUser.scope().townFilter().orElse(null), pageable);
    }

    @Transactional(readOnly = true)
    public long countApplications(ApplicationFilter filter) {
        return queries.countApplications(filter, currentUser.scope().townFilter().orElse(null));
    }

    /** One application: admins, the coordinator of its town, and reviewers assigned to it. */
    @Transactional(readOnly = true)
    public ApplicationDetail application(long id) {
        Application app = access.readable(id);
        Round round = rounds.round(app.getRoundId());
        String certificate = sites.findByApplicationId(id).map(Site::getCertificateNo).orElse(null);
        return new ApplicationDetail(queries.application(id), app.getStatement(), app.getKeyFigures(),
                Eligibility.decode(app.getEligibilityDetail()), app.getEligibilityCheckedAt(), app.getOverrideReason(),
                app.getSendBackReason(), app.getSpread(), app.isTrimmed(), app.getDecisionReason(), app.getNoticeFrom(),
                round.getQuota(), app.getCreatedBy(), certificate);
    }

    /** Compounds of a town/street the caller may nominate from (id and "name (community)"). */
    @Transactional(readOnly = true)
    public List<Map.Entry<Long, String>> compoundsOf(long townId) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        scope.requireTown(townId);
        return queries.compoundsOf(townId);
    }

    /** Every step the application took, oldest first. */
    @Transactional(readOnly = true)
    public List<TimelineEntry> timeline(long applicationId) {
        access.readable(applicationId);
        return queries.timeline(applicationId);
    }

    // ---------------------------------------------------------------- the coordinator's steps

    /** A coordinator (or admin) nominates a compound of their area into an open round: a new draft. */
    public long nominate(long roundId, long compoundId, @Nullable String statement, @Nullable String keyFigures) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR);
        CompoundRef compound = region.compound(compoundId);
        Round round = rounds.round(roundId);
        if (!round.isOpenOn(LocalDate.now(clock))) {
            throw RuleViolationException.atField("round", "accreditation.error.windowClosed", round.getTitle());
        }
        if (applications.existsByRoundIdAndCompoundId(roundId, compoundId)) {
            throw RuleViolationException.atField("compound", "accreditation.error.duplicate", compound.name());
        }
        Application app = applications.save(new Application(roundId, compoundId, compound.communityId(),
                compound.townId(), optional("statement", statement, STATEMENT_LENGTH),
                optional("keyFigures", keyFigures, KEY_FIGURES_LENGTH), scope.username(), timeline.now()));
        timeline.created(app);
        return app.requireId();
    }

    /** Saves the statement and figures of a draft; a sent-back application becomes a draft again. */
    public void saveDraft(long id, long version, @Nullable String statement, @Nullable String keyFigures) {
        Application app = access.editableByCoordinator(id, version);
        app.describe(optional("statement", statement, STATEMENT_LENGTH),
                optional("keyFigures", keyFigures, KEY_FIGURES_LENGTH));
        if (app.getState() == AppState.SENT_BACK) {
            timeline.step(app, Step.REWORK, null);
        }
    }

    /** Submits a draft: eligibility is checked from live data now and recorded on the application. */
    public Eligibility submit(long id, long version) {
        Application app = access.editableByCoordinator(id, version);
        Round round = rounds.round(app.getRoundId());
        if (!round.isOpenOn(LocalDate.now(clock))) {
            throw new RuleViolationException("accreditation.error.windowClosed", round.getTitle());
        }
        FieldChecks.text("statement", app.getStatement(), STATEMENT_LENGTH);
        FieldChecks.text("keyFigures", app.getKeyFigures(), KEY_FIGURES_LENGTH);
        if (app.getState() == AppState.SENT_BACK) {
            timeline.step(app, Step.REWORK, null);
        }
        Eligibility eligibility = checkEligibility(app, round);
        app.recordEligibility(eligibility, timeline.now());
        app.submitted(timeline.now());
        timeline.step(app, Step.SUBMIT, eligibility.passed() ? null : "FAILED: "
                + eligibility.failures().stream().map(Enum::name).collect(Collectors.joining(",")));
        return eligibility;
    }

    // ---------------------------------------------------------------- the admin's checks

    public void sendBack(long id, long version, String reason) {
        Application app = access.ofAdmin(id, version);
        String why = FieldChecks.text("reason", reason, REASON_LENGTH);
        app.sentBack(why);
        timeline.step(app, Step.SEND_BACK, why);
    }

    /** Accepts an application whose eligibility check failed; only with a recorded reason. */
    public void acceptDespiteFailures(long id, long version, String reason) {
        Application app = access.ofAdmin(id, version);
        if (app.getState() != AppState.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.illegalStep", "OVERRIDE", app.getState().name());
        }
        if (!Boolean.FALSE.equals(app.getEligible())) {
            throw new RuleViolationException("accreditation.error.nothingToOverride");
        }
        String why = FieldChecks.text("reason", reason, REASON_LENGTH);
        app.overrideEligibility(why);
        timeline.note(app, Step.SUBMIT, "OVERRIDE: " + why);
    }

    /** Runs the eligibility checks again on live data (before review starts). */
    public Eligibility recheckEligibility(long id) {
        currentUser.scope().requireAdmin();
        Application app = access.find(id);
        if (app.getState() != AppState.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.illegalStep", "RECHECK", app.getState().name());
        }
        Eligibility eligibility = checkEligibility(app, rounds.round(app.getRoundId()));
        app.recordEligibility(eligibility, timeline.now());
        return eligibility;
    }

    /** The round's checks on the compound's live facts; a higher level needs a current site of the level below. */
    private Eligibility checkEligibility(Application app, Round round) {
        Level prerequisite = round.getLevel().prerequisite();
        boolean holds = prerequisite == null || sites.existsByCompoundIdAndLevelAndStateAndValidToGreaterThanEqual(
                app.getCompoundId(), prerequisite, Site.State.CURRENT, LocalDate.now(clock));
        return EligibilityRules.check(app.getCompoundId(), facts, round.getLevel(), round.getMinSatisfaction(),
                round.getMinFeeCollection(), holds);
    }

    /** An optional text of the form, kept as "" when blank. */
    private static String optional(String field, @Nullable String value, int max) {
        return Objects.requireNonNullElse(FieldChecks.optionalText(field, value, max), "");
    }
}
