package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From award to closing: a city admin awards a grant (a GRANT movement of the contest's fund, approved by a
 * second person when above the fund's threshold) or declines; the community's coordinator then tracks the
 * project's milestones with progress and evidence, its spending against the budget lines, and closes it
 * with the beneficiaries reached and an evaluation. Income the project earns is recorded in its
 * community's fund ({@link LedgerService}, kind PROJECT_INCOME).
 */
@Service
@Transactional
public class ProjectService {

    private final ContestProjectRepository projects;
    private final ContestYearRepository years;
    private final ContestMilestoneRepository milestones;
    private final ContestBudgetLineRepository lines;
    private final ContestQueries queries;
    private final LedgerService ledger;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProjectService(ContestProjectRepository projects, ContestYearRepository years, ContestMilestoneRepository milestones,
                   ContestBudgetLineRepository lines, ContestQueries queries, LedgerService ledger, RegionService region,
                   CurrentUser currentUser, Clock clock) {
        this.projects = projects;
        this.years = years;
        this.milestones = milestones;
        this.lines = lines;
        this.queries = queries;
        this.ledger = ledger;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Awards a grant of at most what the proposal asked for and what the year's budget has left; returns the movement. */
    public long award(long projectId, long seenVersion, @Nullable BigDecimal amount) {
        currentUser.scope().requireAdmin();
        ContestProject project = projects.findLocked(projectId).orElseThrow(FundsChecks::notFound);
        StaleEditException.check(seenVersion, project.getVersion());
        requireState(project, ProjectState.SUBMITTED);
        ContestYear year = requireReviewOver(project);
        BigDecimal requested = ProposalService.requested(queries.budget(projectId));
        BigDecimal grant = FieldChecks.decimal("amount", amount, FundsChecks.MIN_AMOUNT, requested, 2);
        BigDecimal left = year.getBudget().subtract(queries.granted(year.requireId()));
        if (grant.compareTo(left) > 0) {
            throw RuleViolationException.atField("amount", "funds.error.overContestBudget", left.toPlainString());
        }
        project.award(grant);
        projects.flush();
        String community = region.community(project.getCommunityId()).name();
        long movement = ledger.record(year.getFundId(), new MovementForm(MovementKind.GRANT, LocalDate.now(clock), grant,
                community, false, project.getTitle(), projectId, null));
        project.paidBy(movement);
        projects.flush();
        return movement;
    }

    /** Awards follow the jury's ranking, so they wait until the year's review period has ended and the ranking stands. */
    private ContestYear requireReviewOver(ContestProject project) {
        ContestYear year = years.findById(project.getContestYearId()).orElseThrow(FundsChecks::notFound);
        if (!LocalDate.now(clock).isAfter(year.getReviewEnds())) {
            throw new RuleViolationException("funds.error.reviewNotOver", year.getReviewEnds());
        }
        return year;
    }

    public void decline(long projectId, long seenVersion) {
        currentUser.scope().requireAdmin();
        ContestProject project = projects.findById(projectId).orElseThrow(FundsChecks::notFound);
        StaleEditException.check(seenVersion, project.getVersion());
        requireState(project, ProjectState.SUBMITTED);
        requireReviewOver(project);
        project.decline();
        projects.flush();
    }

    public long addMilestone(long projectId, @Nullable String title, @Nullable LocalDate dueOn) {
        ContestProject project = running(projectId);
        String clean = FieldChecks.text("title", title, 100);
        LocalDate due = FieldChecks.date("dueOn", dueOn, FieldChecks.EARLIEST_RECORD,
                LocalDate.now(clock).plusYears(FieldChecks.PLAN_YEARS_AHEAD));
        return milestones.save(new ContestMilestone(project.requireId(), clean, due)).requireId();
    }

    /** Reports a milestone's progress; reaching 100% needs the evidence. The project is then in progress. */
    public void reportProgress(long milestoneId, long seenVersion, @Nullable Integer progress, @Nullable String evidence) {
        ContestMilestone milestone = milestones.findById(milestoneId).orElseThrow(FundsChecks::notFound);
        ContestProject project = running(milestone.getProjectId());
        StaleEditException.check(seenVersion, milestone.getVersion());
        int p = FieldChecks.integer("progress", progress, 0, 100);
        String proof = FieldChecks.optionalText("evidence", evidence, 500);
        if (p == 100 && proof == null) {
            throw RuleViolationException.atField("evidence", "funds.error.evidenceRequired");
        }
        milestone.report(p, proof);
        if (project.getState() == ProjectState.AWARDED) {
            project.start();
        }
        milestones.flush();
    }

    /** Records spending against a budget line; a line cannot be overspent. */
    public void spend(long budgetLineId, long seenVersion, @Nullable BigDecimal amount) {
        ContestBudgetLine line = lines.findById(budgetLineId).orElseThrow(FundsChecks::notFound);
        ContestProject project = running(line.getProjectId());
        StaleEditException.check(seenVersion, line.getVersion());
        BigDecimal more = FieldChecks.decimal("amount", amount, FundsChecks.MIN_AMOUNT, FundsChecks.MAX_AMOUNT, 2);
        if (line.getSpent().add(more).compareTo(line.getAmount()) > 0) {
            throw RuleViolationException.atField("amount", "funds.error.overBudgetLine",
                    line.getAmount().subtract(line.getSpent()).toPlainString());
        }
        line.spend(more);
        if (project.getState() == ProjectState.AWARDED) {
            project.start();
        }
        lines.flush();
    }

    /** The closing evaluation: beneficiaries reached and what the project achieved. */
    public void close(long projectId, long seenVersion, @Nullable Integer beneficiariesReached, @Nullable String evaluation) {
        ContestProject project = running(projectId);
        StaleEditException.check(seenVersion, project.getVersion());
        requireState(project, ProjectState.IN_PROGRESS);
        project.close(FieldChecks.integer("beneficiariesReached", beneficiariesReached, 0, ProposalService.MAX_BENEFICIARIES),
                FieldChecks.text("evaluation", evaluation, 1000));
        projects.flush();
    }

    /** An awarded project of the caller's town, not yet closed. */
    private ContestProject running(long projectId) {
        ContestProject project = projects.findById(projectId).orElseThrow(FundsChecks::notFound);
        currentUser.scope().requireTown(project.getTownId());
        if (project.getState() != ProjectState.AWARDED && project.getState() != ProjectState.IN_PROGRESS) {
            throw new RuleViolationException("funds.error.projectNotRunning");
        }
        return project;
    }

    private static void requireState(ContestProject project, ProjectState state) {
        if (project.getState() != state) {
            throw new RuleViolationException("funds.error.projectState");
        }
    }
}
