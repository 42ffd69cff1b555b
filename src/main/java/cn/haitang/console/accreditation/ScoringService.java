package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
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
 * The reviewer's side of a review: their worklist, the scoring form, scores saved as a draft or submitted
 * (every criterion within its range, with a comment; a submitted score is final), and recusal. A score is
 * refused whenever a conflict of interest exists at that moment, however long ago the assignment was made.
 * The last submission computes the result: the mean, or the trimmed mean from five reviewers on.
 */
@Service
@Transactional
public class ScoringService {

    public static final int COMMENT_LENGTH = 500;
    public static final int OVERALL_LENGTH = 1000;

    private final AssignmentRepository assignments;
    private final ScoreRepository scores;
    private final ApplicationAccess access;
    private final RoundService rounds;
    private final Recusals recusals;
    private final Timeline timeline;
    private final AccreditationQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ScoringService(AssignmentRepository assignments, ScoreRepository scores, ApplicationAccess access,
                   RoundService rounds, Recusals recusals, Timeline timeline, AccreditationQueries queries,
                   CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.scores = scores;
        this.access = access;
        this.rounds = rounds;
        this.recusals = recusals;
        this.timeline = timeline;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    // ---------------------------------------------------------------- the worklist

    /** The caller's assignments (reviewers only), open ones first by deadline; suspended ones say so. */
    @Transactional(readOnly = true)
    public List<WorkItem> worklist(Pageable pageable) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        return items(scope.userId(), queries.worklist(scope.userId(), LocalDate.now(clock), pageable), false);
    }

    @Transactional(readOnly = true)
    public long worklistCount() {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        return queries.countWork(scope.userId());
    }

    /** For the dashboard: the caller's open assignments (not submitted, recused or suspended), by deadline. */
    @Transactional(readOnly = true)
    public List<WorkItem> openWorklist() {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        return items(scope.userId(), queries.openWork(scope.userId(), LocalDate.now(clock)), true);
    }

    private List<WorkItem> items(long reviewerId, List<AccreditationQueries.Work> work, boolean openOnly) {
        Long town = queries.reviewers(reviewerId).stream().findFirst().map(AccreditationQueries.Reviewer::townId)
                .orElse(null);
        Recusals.Check check = recusals.check();
        return work.stream().map(w -> w.item(check.suspension(reviewerId, town, w.state(), w.appTownId(), w.communityId())))
                .filter(w -> !openOnly || !Suspension.STATE.equals(w.state())).toList();
    }

    // ---------------------------------------------------------------- scoring

    /** The scoring form of one of the caller's assignments. */
    @Transactional(readOnly = true)
    public ScoringSheet scoringSheet(long assignmentId) {
        Assignment assignment = ownAssignment(assignmentId);
        Application app = access.find(assignment.getApplicationId());
        Round round = rounds.round(app.getRoundId());
        Map<Long, Score> byCriterion = scores.findByAssignmentId(assignmentId).stream()
                .collect(Collectors.toMap(Score::getCriterionId, s -> s));
        List<ScoreLine> lines = rounds.criteriaOf(round.getRubricId()).stream().map(c -> {
            Score s = byCriterion.get(c.id());
            return new ScoreLine(c.id(), c.name(), c.maxScore(), c.guidance(), s == null ? null : s.getScore(),
                    s == null ? "" : s.getComment());
        }).toList();
        String[] names = queries.compoundAndTown(app.getCompoundId());
        Suspension suspension = recusals.suspension(assignment, app);
        return new ScoringSheet(assignmentId, assignment.getVersion(), app.requireId(), names[0], names[1],
                round.getTitle(), app.getStatement(), app.getKeyFigures(),
                suspension == null ? assignment.getState().name() : Suspension.STATE, assignment.getDeadline(), lines,
                assignment.getComment(), suspension);
    }

    /**
     * Saves the caller's scores as a draft, or submits them ({@code submit}): every criterion within its
     * range with a comment. A submitted score is final; the last submission computes the result.
     */
    public void saveScores(long assignmentId, long version, List<ScoreInput> inputs, @Nullable String comment,
                           boolean submit) {
        Assignment assignment = ownAssignment(assignmentId);
        StaleEditException.check(version, assignment.getVersion());
        if (assignment.getState() == Assignment.State.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.scoreFinal");
        }
        if (assignment.getState() == Assignment.State.RECUSED) {
            throw new RuleViolationException("accreditation.error.recused");
        }
        Application app = access.find(assignment.getApplicationId());
        if (app.getState() != AppState.UNDER_REVIEW) {
            throw new RuleViolationException("accreditation.error.notUnderReview");
        }
        Suspension suspension = recusals.suspension(assignment, app);
        if (suspension != null) {
            throw new RuleViolationException("accreditation.error.suspended." + suspension.kind().name(),
                    suspension.detail());
        }
        Round round = rounds.round(app.getRoundId());
        Map<Long, ScoreInput> given = inputs.stream()
                .collect(Collectors.toMap(ScoreInput::criterionId, s -> s, (a, b) -> b));
        Map<Long, Score> existing = scores.findByAssignmentId(assignmentId).stream()
                .collect(Collectors.toMap(Score::getCriterionId, s -> s));
        int total = 0;
        for (CriterionRow c : rounds.criteriaOf(round.getRubricId())) {
            ScoreInput in = given.get(c.id());
            Integer value = in == null ? null : in.score();
            String field = "score-" + c.id();
            if (value == null) {
                if (submit) {
                    throw RuleViolationException.atField(field, "accreditation.error.score.missing", c.name());
                }
                continue;
            }
            if (value < 0 || value > c.maxScore()) {
                throw RuleViolationException.atField(field, "accreditation.error.score.range", c.name(), c.maxScore());
            }
            String note = Objects.requireNonNullElse(
                    FieldChecks.optionalText("comment-" + c.id(), in.comment(), COMMENT_LENGTH), "");
            if (submit && note.isEmpty()) {
                throw RuleViolationException.atField("comment-" + c.id(), "accreditation.error.score.comment", c.name());
            }
            Score score = existing.computeIfAbsent(c.id(), id -> new Score(assignmentId, id));
            score.set(value, note);
            scores.save(score);
            total += value;
        }
        String overall = FieldChecks.optionalText("comment", comment, OVERALL_LENGTH);
        if (submit) {
            assignment.submit(BigDecimal.valueOf(total), overall, timeline.now());
            assignments.flush();
            completeIfAllIn(app, round);
        } else {
            assignment.draft(BigDecimal.valueOf(total), overall);
        }
    }

    /** The reviewer declares a conflict of interest and steps back from an assignment (also a suspended one). */
    public void recuse(long assignmentId, long version, String reason) {
        Assignment assignment = ownAssignment(assignmentId);
        StaleEditException.check(version, assignment.getVersion());
        if (assignment.getState() == Assignment.State.SUBMITTED || assignment.getState() == Assignment.State.RECUSED) {
            throw new RuleViolationException("accreditation.error.scoreFinal");
        }
        String why = FieldChecks.text("reason", reason, ApplicationService.REASON_LENGTH);
        scores.deleteAll(scores.findByAssignmentId(assignmentId));
        assignment.recuse(why);
        assignments.flush();
        Application app = access.find(assignment.getApplicationId());
        timeline.note(app, Step.START_REVIEW, "RECUSAL " + currentUser.scope().username() + ": " + why);
        if (app.getState() == AppState.UNDER_REVIEW) {
            completeIfAllIn(app, rounds.round(app.getRoundId()));
        }
    }

    private void completeIfAllIn(Application app, Round round) {
        if (app.getState() != AppState.UNDER_REVIEW || !recusals.allScoresIn(app)) {
            return;
        }
        List<BigDecimal> totals = recusals.active(app).stream().map(Assignment::getTotal).map(Objects::requireNonNull)
                .toList();
        ScoreAggregation.Aggregate aggregate = ScoreAggregation.of(totals, round.getSpreadThreshold());
        app.scored(aggregate);
        timeline.step(app, Step.COMPLETE_SCORING, aggregate.result().toPlainString() + (aggregate.flagged() ? " ⚑" : ""));
    }

    /** One of the caller's own assignments; anyone else's is refused (and logged) like another town's record. */
    private Assignment ownAssignment(long assignmentId) {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(ApplicationAccess::notFound);
        if (assignment.getReviewerId() != scope.userId()) {
            scope.requireTown(access.find(assignment.getApplicationId()).getTownId()); // reviewers cover no town
        }
        return assignment;
    }
}
