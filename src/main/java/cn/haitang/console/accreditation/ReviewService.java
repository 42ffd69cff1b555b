package cn.haitang.console.accreditation;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The review of an application as the city admin runs it: reviewers are assigned unless a conflict of
 * interest forbids it (their town/street is the application's, or their institution is paired with its
 * community); the review starts with at least {@value #MIN_REVIEWERS} of them; the admin sees every
 * assignment, suspended ones with the reason, and may reopen a submitted score with a reason. Totals stay
 * hidden from everybody until every counted reviewer has submitted.
 */
@Service
@Transactional
public class ReviewService {

    private static final Logger log = LoggerFactory.getLogger(ReviewService.class);
    public static final int MIN_REVIEWERS = 3;

    private final AssignmentRepository assignments;
    private final ApplicationAccess access;
    private final Recusals recusals;
    private final Timeline timeline;
    private final AccreditationQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    ReviewService(AssignmentRepository assignments, ApplicationAccess access, Recusals recusals, Timeline timeline,
                  AccreditationQueries queries, CurrentUser currentUser, Clock clock) {
        this.assignments = assignments;
        this.access = access;
        this.recusals = recusals;
        this.timeline = timeline;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The reviewers an admin may pick for an application, each with the conflicts that forbid it now. */
    @Transactional(readOnly = true)
    public List<ReviewerOption> reviewerOptions(long applicationId) {
        currentUser.scope().requireAdmin();
        Application app = access.find(applicationId);
        Map<Long, Assignment> assigned = assignments.findByApplicationIdOrderById(applicationId).stream()
                .collect(Collectors.toMap(Assignment::getReviewerId, a -> a));
        Recusals.Check check = recusals.check();
        return queries.reviewers(null).stream().map(r -> {
            List<Conflict> conflicts = new ArrayList<>(check.conflicts(r.townId(), r.id(), app.getTownId(),
                    app.getCommunityId()));
            Assignment a = assigned.get(r.id());
            if (a != null && a.getState() == Assignment.State.RECUSED) {
                conflicts.add(new Conflict(Conflict.Kind.RECUSED, null));
            }
            return new ReviewerOption(r.id(), r.username(), r.displayName(), List.copyOf(conflicts), a != null);
        }).toList();
    }

    /** Assigns a reviewer; a conflict of interest refuses it with the reason. */
    public void assignReviewer(long applicationId, long reviewerId, @Nullable LocalDate deadline) {
        currentUser.scope().requireAdmin();
        Application app = access.find(applicationId);
        if (app.getState() != AppState.SUBMITTED && app.getState() != AppState.UNDER_REVIEW) {
            throw new RuleViolationException("accreditation.error.illegalStep", "ASSIGN", app.getState().name());
        }
        AccreditationQueries.Reviewer reviewer = queries.reviewers(reviewerId).stream().findFirst()
                .orElseThrow(() -> RuleViolationException.atField("reviewer", "accreditation.error.notAReviewer"));
        if (assignments.findByApplicationIdAndReviewerId(applicationId, reviewerId).isPresent()) {
            throw RuleViolationException.atField("reviewer", "accreditation.error.alreadyAssigned", reviewer.displayName());
        }
        List<Conflict> conflicts = recusals.conflicts(reviewer.townId(), reviewerId, app);
        if (!conflicts.isEmpty()) {
            Conflict first = conflicts.getFirst();
            log.info("Refused assigning {} to application {}: {}", reviewer.username(), applicationId, conflicts);
            throw RuleViolationException.atField("reviewer", "accreditation.error.conflict." + first.kind().name(),
                    reviewer.displayName(), recusals.detail(first, app.getTownId()));
        }
        if (deadline == null || deadline.isBefore(LocalDate.now(clock))) {
            throw RuleViolationException.atField("deadline", "accreditation.error.deadline");
        }
        assignments.save(new Assignment(applicationId, reviewerId, deadline));
    }

    /** Starts the review once the application is accepted and enough reviewers (not recused nor suspended) are assigned. */
    public void startReview(long id, long version) {
        Application app = access.ofAdmin(id, version);
        Lifecycle.apply(app.getState(), Step.START_REVIEW);
        if (!app.acceptedForReview()) {
            throw new RuleViolationException("accreditation.error.notEligible");
        }
        long active = recusals.active(app).size();
        if (active < MIN_REVIEWERS) {
            throw new RuleViolationException("accreditation.error.tooFewReviewers", MIN_REVIEWERS, active);
        }
        timeline.step(app, Step.START_REVIEW, null);
    }

    /**
     * The reviews of an application; totals stay hidden until every counted reviewer has submitted (a
     * reviewer always sees their own). An open assignment whose reviewer has a conflict now shows as
     * suspended, with the reason.
     */
    @Transactional(readOnly = true)
    public Reviews reviews(long applicationId) {
        Application app = access.readable(applicationId);
        Scope scope = currentUser.scope();
        boolean visible = recusals.allScoresIn(app);
        List<AccreditationQueries.Review> rows = queries.reviews(applicationId);
        Recusals.Check check = recusals.check();
        return new Reviews(visible, rows.stream().map(r -> {
            boolean show = visible || r.reviewerId() == scope.userId();
            Suspension suspension = check.suspension(r.reviewerId(), r.reviewerTownId(), r.state(), app.getTownId(),
                    app.getCommunityId());
            return new ReviewRow(r.assignmentId(), r.version(), r.reviewerId(), r.reviewerName(),
                    suspension == null ? r.state() : Suspension.STATE, r.deadline(), show ? r.total() : null,
                    show ? r.comment() : null, r.recusalReason(), r.submittedAt(), suspension);
        }).toList());
    }

    /** Reopens a submitted score (admin only, with a reason; the result is withdrawn until it is resubmitted). */
    public void reopenScore(long assignmentId, String reason) {
        currentUser.scope().requireAdmin();
        Assignment assignment = assignments.findById(assignmentId).orElseThrow(ApplicationAccess::notFound);
        if (assignment.getState() != Assignment.State.SUBMITTED) {
            throw new RuleViolationException("accreditation.error.notSubmitted");
        }
        Application app = access.find(assignment.getApplicationId());
        if (app.getState() != AppState.UNDER_REVIEW && app.getState() != AppState.SCORED) {
            throw new RuleViolationException("accreditation.error.illegalStep", Step.REOPEN_SCORE.name(),
                    app.getState().name());
        }
        String why = FieldChecks.text("reason", reason, ApplicationService.REASON_LENGTH);
        assignment.reopen();
        String note = queries.reviewerName(assignment.getReviewerId()) + ": " + why;
        if (app.getState() == AppState.SCORED) {
            app.clearResult();
            timeline.step(app, Step.REOPEN_SCORE, note);
        } else {
            timeline.note(app, Step.REOPEN_SCORE, note);
        }
    }
}
