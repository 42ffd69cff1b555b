package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jury: reviewers score proposals against the year's rubric, never one from the town/street they belong
 * to (the conflict check holds whatever id is sent); admins see the ranking by average total.
 */
@Service
@Transactional
public class JuryService {

    private final ContestProjectRepository projects;
    private final ContestScoreRepository scores;
    private final ContestQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ContestYearRepository years;

    JuryService(ContestProjectRepository projects, ContestScoreRepository scores, ContestQueries queries, CurrentUser currentUser,
                Clock clock, ContestYearRepository years) {
        this.years = years;
        this.projects = projects;
        this.scores = scores;
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The proposals a juror may score: the year's, under review, none from the juror's own town. */
    @Transactional(readOnly = true)
    public List<ProjectRow> toScore(long yearId, Pageable page) {
        Scope scope = juror();
        return queries.projects(new ProjectFilter(yearId, null, null, ProjectState.SUBMITTED, null, false), Optional.empty(),
                scope.townId(), LocalDate.now(clock), page);
    }

    @Transactional(readOnly = true)
    public long countToScore(long yearId) {
        Scope scope = juror();
        return queries.countProjects(new ProjectFilter(yearId, null, null, ProjectState.SUBMITTED, null, false),
                Optional.empty(), scope.townId(), LocalDate.now(clock));
    }

    /** Records (or changes) the juror's points for every criterion of the year's rubric. */
    public void score(long projectId, Map<Long, Integer> points) {
        Scope scope = juror();
        ContestProject project = projects.findById(projectId).orElseThrow(FundsChecks::notFound);
        if (scope.townId() != null && scope.townId() == project.getTownId()) {
            throw new RuleViolationException("funds.error.jurorConflict");
        }
        if (project.getState() != ProjectState.SUBMITTED) {
            throw new RuleViolationException("funds.error.proposalDecided");
        }
        // the calendar: once the review period is over the ranking stands (awards follow from it)
        ContestYear year = years.findById(project.getContestYearId()).orElseThrow(FundsChecks::notFound);
        if (LocalDate.now(clock).isAfter(year.getReviewEnds())) {
            throw new RuleViolationException("funds.error.reviewClosed", year.getReviewEnds());
        }
        List<CriterionRow> rubric = queries.criteria(project.getContestYearId());
        if (rubric.stream().mapToInt(CriterionRow::maxPoints).sum() != 100) {
            throw new RuleViolationException("funds.error.rubricIncomplete");
        }
        Map<Long, Integer> valid = new java.util.LinkedHashMap<>();
        for (CriterionRow c : rubric) {
            valid.put(c.id(), FieldChecks.integer("points-" + c.id(), points.get(c.id()), 0, c.maxPoints()));
        }
        valid.forEach((criterion, p) -> scores.findByProjectIdAndCriterionIdAndJuror(projectId, criterion, scope.username())
                .ifPresentOrElse(s -> s.rescore(p), () -> scores.save(new ContestScore(projectId, criterion, scope.username(), p))));
        scores.flush();
    }

    /** The caller's own total for each proposal of the year they have scored (proposal id → points). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> myTotals(long yearId) {
        return queries.jurorTotals(yearId, juror().username());
    }

    /** The caller's points per criterion of a proposal they may score (empty before they scored it). */
    @Transactional(readOnly = true)
    public Map<Long, Integer> myPoints(long projectId) {
        Scope scope = juror();
        ContestProject project = projects.findById(projectId).orElseThrow(FundsChecks::notFound);
        if (scope.townId() != null && scope.townId() == project.getTownId()) {
            throw new RuleViolationException("funds.error.jurorConflict");
        }
        return queries.jurorPoints(projectId, scope.username());
    }

    /** The year's proposals, best average total first (admins). */
    @Transactional(readOnly = true)
    public List<ProjectRow> ranking(long yearId, int limit) {
        currentUser.scope().requireAdmin();
        return queries.projects(new ProjectFilter(yearId, null, null, null, null, false), Optional.empty(), null,
                LocalDate.now(clock), PageRequest.of(0, limit, Sort.by(Sort.Order.desc("score"))));
    }

    private Scope juror() {
        Scope scope = currentUser.scope();
        scope.requireRole(Role.REVIEWER);
        return scope;
    }
}
