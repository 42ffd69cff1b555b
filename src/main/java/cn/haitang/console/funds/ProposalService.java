package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Communities' proposals to the contest: submitted by their town's coordinator while the call is open,
 * changed while still under review; and the list of proposals and projects, scoped to the caller's town.
 */
@Service
@Transactional
public class ProposalService {

    static final int MAX_BENEFICIARIES = 1_000_000;
    static final int MAX_LINES = 20;

    private final ContestProjectRepository projects;
    private final ContestBudgetLineRepository lines;
    private final ContestYearRepository years;
    private final ContestQueries queries;
    private final RegionService region;
    private final CurrentUser currentUser;
    private final Clock clock;

    ProposalService(ContestProjectRepository projects, ContestBudgetLineRepository lines, ContestYearRepository years,
                    ContestQueries queries, RegionService region, CurrentUser currentUser, Clock clock) {
        this.projects = projects;
        this.lines = lines;
        this.years = years;
        this.queries = queries;
        this.region = region;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<ProjectRow> list(ProjectFilter filter, Pageable page) {
        return queries.projects(filter, FundsChecks.town(currentUser.scope(), filter.townId()), null, today(), page);
    }

    @Transactional(readOnly = true)
    public long count(ProjectFilter filter) {
        return queries.countProjects(filter, FundsChecks.town(currentUser.scope(), filter.townId()), null, today());
    }

    @Transactional(readOnly = true)
    public ProjectDetail detail(long id) {
        load(id);
        ContestQueries.Texts t = queries.texts(id);
        return new ProjectDetail(queries.project(id, today()), t.problem(), t.plan(), t.team(), t.expectedBeneficiaries(),
                t.beneficiariesReached(), t.closingEvaluation(), queries.budget(id), queries.milestones(id, today()));
    }

    /** Awarded projects (of one community, or all in the caller's scope) a grant or an income can name. */
    @Transactional(readOnly = true)
    public List<Option> awardedOptions(@org.jspecify.annotations.Nullable Long communityId) {
        return queries.awardedOptions(currentUser.scope().townFilter(), communityId);
    }

    /** Submits a community's proposal while the year's call for proposals is open. */
    public long submit(long yearId, ProposalForm form) {
        ContestYear year = years.findById(yearId).orElseThrow(FundsChecks::notFound);
        LocalDate today = today();
        if (today.isBefore(year.getCallOpens()) || today.isAfter(year.getCallCloses())) {
            throw new RuleViolationException("funds.error.callClosed", year.getCallOpens(), year.getCallCloses());
        }
        CommunityRef community = community(form);
        ProposalForm valid = valid(yearId, form, 0);
        long id = projects.save(new ContestProject(yearId, community.townId(), valid)).requireId();
        valid.budget().forEach(l -> lines.save(new ContestBudgetLine(id, l.item(), l.amount())));
        lines.flush();
        return id;
    }

    /** Changes a proposal still under review; its budget lines are replaced. */
    public void update(long id, long seenVersion, ProposalForm form) {
        ContestProject project = load(id);
        StaleEditException.check(seenVersion, project.getVersion());
        if (project.getState() != ProjectState.SUBMITTED) {
            throw new RuleViolationException("funds.error.proposalDecided");
        }
        CommunityRef community = community(form);
        ProposalForm valid = valid(project.getContestYearId(), form, id);
        project.describe(community.townId(), valid);
        lines.deleteAll(lines.findByProjectId(id));
        valid.budget().forEach(l -> lines.save(new ContestBudgetLine(id, l.item(), l.amount())));
        projects.flush();
    }

    ContestProject load(long id) {
        ContestProject project = projects.findById(id).orElseThrow(FundsChecks::notFound);
        currentUser.scope().requireTown(project.getTownId());
        return project;
    }

    private CommunityRef community(ProposalForm form) {
        Scope scope = currentUser.scope();
        CommunityRef community = region.community(FieldChecks.required("communityId", form.communityId()));
        scope.requireTown(community.townId());
        return community;
    }

    private ProposalForm valid(long yearId, ProposalForm f, long id) {
        String title = FieldChecks.text("title", f.title(), 100);
        if (projects.existsByContestYearIdAndTitleAndIdNot(yearId, title, id)) {
            throw RuleViolationException.atField("title", "funds.error.duplicateProposal", title);
        }
        String problem = FieldChecks.text("problem", f.problem(), 1000);
        String plan = FieldChecks.text("plan", f.plan(), 2000);
        String team = FieldChecks.text("team", f.team(), 200);
        int beneficiaries = FieldChecks.integer("expectedBeneficiaries", f.expectedBeneficiaries(), 1, MAX_BENEFICIARIES);
        if (f.budget().isEmpty() || f.budget().size() > MAX_LINES) {
            throw RuleViolationException.atField("budget", "funds.error.budgetLines", MAX_LINES);
        }
        List<ProposalForm.Line> budget = f.budget().stream().map(l -> new ProposalForm.Line(
                FieldChecks.text("budget", l.item(), 100),
                FieldChecks.decimal("budget", l.amount(), FundsChecks.MIN_AMOUNT, FundsChecks.MAX_AMOUNT, 2))).toList();
        return new ProposalForm(f.communityId(), title, problem, plan, team, beneficiaries, f.earnsIncome(), budget);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The sum a proposal asks for. */
    static BigDecimal requested(List<BudgetLineRow> budget) {
        return budget.stream().map(BudgetLineRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
