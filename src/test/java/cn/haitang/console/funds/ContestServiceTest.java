package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;

/** The contest from call to closing: calendar, rubric, proposals, a jury with conflict checks, awards paid from the fund, tracking. */
@Transactional
class ContestServiceTest extends ServiceTest {

    @Autowired
    ContestService contest;
    @Autowired
    ProposalService proposals;
    @Autowired
    JuryService jury;
    @Autowired
    ProjectService projects;
    @Autowired
    LedgerService ledger;
    @Autowired
    FundService funds;
    @Autowired
    FundsTestData data;
    @Autowired
    Clock clock;

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private ContestYearForm year(long fundId, String budget) {
        LocalDate t = today();
        return new ContestYearForm(2027, "2027年党建引领基层治理创投大赛", fundId, new BigDecimal(budget), t.minusDays(10),
                t.plusDays(10), t.plusDays(30), t.plusDays(40), t.plusDays(300), t.plusDays(330));
    }

    private static ProposalForm proposal(long communityId, String title, String... amounts) {
        return new ProposalForm(communityId, title, "独居老人冬季缺少御寒衣物，也缺少交流", "组织社区手工爱好者编织毛线衣物，义卖所得反哺困难老人",
                "社区妇联执委与12名编织志愿者", 120, true,
                List.of(amounts).stream().map(a -> new ProposalForm.Line("毛线与工具", new BigDecimal(a))).toList());
    }

    record Setup(long cityFund, long yearId, FundsTestData.CommunityFund yushan, FundsTestData.CommunityFund meili) {
    }

    private Setup setup(String budget) {
        long city = data.cityFund("100000");
        FundsTestData.CommunityFund yushan = data.communityFund("yushan", "5000");
        FundsTestData.CommunityFund meili = data.communityFund("meili", "5000");
        login.as("admin");
        ledger.record(city, LedgerServiceTest.donation("300000", "常熟市慈善总会", false));
        long yearId = contest.createYear(year(city, budget));
        contest.addCriterion(yearId, "问题精准", 30);
        contest.addCriterion(yearId, "方案可行", 40);
        contest.addCriterion(yearId, "可持续性", 30);
        return new Setup(city, yearId, yushan, meili);
    }

    @Test
    void theCalendarRunsInOrderAndTheRubricStopsAt100Points() {
        long city = data.cityFund("100000");
        FundsTestData.CommunityFund community = data.communityFund("yushan", "5000");
        login.as("admin");
        LocalDate t = today();
        assertRefused(() -> contest.createYear(new ContestYearForm(2027, "创投", city, BigDecimal.TEN, t, t.minusDays(1), t, t, t, t)),
                "callCloses", "funds.error.calendarOrder");
        assertRefused(() -> contest.createYear(year(community.fundId(), "1000")), "fundId", "funds.error.contestFundCity");
        long yearId = contest.createYear(year(city, "200000"));
        assertRefused(() -> contest.createYear(year(city, "1")), "year", "funds.error.duplicateYear");
        contest.addCriterion(yearId, "问题精准", 60);
        assertRefused(() -> contest.addCriterion(yearId, "方案可行", 41), "maxPoints", "funds.error.rubricOver100");
        contest.addCriterion(yearId, "方案可行", 40);
        assertThat(contest.criteria(yearId)).extracting(CriterionRow::maxPoints).containsExactly(60, 40);
        login.as("yushan");
        assertThatThrownBy(() -> contest.addCriterion(yearId, "越权", 1)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aJurorNeverScoresAProposalFromTheirOwnTownAndTheRankingFollowsTheScores() {
        Setup s = setup("200000");
        login.as("yushan");
        long yarn = proposals.submit(s.yearId(), proposal(s.yushan().place().communityId(), "解忧毛线铺", "30000"));
        assertThatThrownBy(() -> proposals.submit(s.yearId(), proposal(s.meili().place().communityId(), "越权提案", "1")))
                .isInstanceOf(ScopeViolationException.class);
        assertRefused(() -> proposals.submit(s.yearId(), proposal(s.yushan().place().communityId(), "解忧毛线铺", "1")),
                "title", "funds.error.duplicateProposal");
        login.as("meili");
        long helpers = proposals.submit(s.yearId(), proposal(s.meili().place().communityId(), "60帮80", "20000", "5000"));
        assertThatThrownBy(() -> proposals.detail(yarn)).isInstanceOf(ScopeViolationException.class);
        List<CriterionRow> rubric = contest.criteria(s.yearId());
        login.as("reviewer1"); // belongs to 虞山街道
        assertThat(jury.toScore(s.yearId(), PageRequest.of(0, 500))).extracting(ProjectRow::id).contains(helpers)
                .doesNotContain(yarn);
        assertRefused(() -> jury.score(yarn, Map.of(rubric.get(0).id(), 20, rubric.get(1).id(), 30, rubric.get(2).id(), 20)),
                null, "funds.error.jurorConflict");
        assertRefused(() -> jury.score(helpers, Map.of(rubric.get(0).id(), 31, rubric.get(1).id(), 30, rubric.get(2).id(), 20)),
                "points-" + rubric.get(0).id(), "form.integer");
        jury.score(helpers, Map.of(rubric.get(0).id(), 25, rubric.get(1).id(), 35, rubric.get(2).id(), 20));
        login.as("reviewer2"); // belongs to 梅李镇
        assertRefused(() -> jury.score(helpers, Map.of(rubric.get(0).id(), 20, rubric.get(1).id(), 30, rubric.get(2).id(), 20)),
                null, "funds.error.jurorConflict");
        jury.score(yarn, Map.of(rubric.get(0).id(), 28, rubric.get(1).id(), 38, rubric.get(2).id(), 26));
        login.as("reviewer3");
        jury.score(helpers, Map.of(rubric.get(0).id(), 21, rubric.get(1).id(), 33, rubric.get(2).id(), 24));
        login.as("admin");
        List<ProjectRow> ranking = jury.ranking(s.yearId(), 10);
        assertThat(ranking).extracting(ProjectRow::title).startsWith("解忧毛线铺", "60帮80");
        assertThat(ranking.get(0).score()).isEqualByComparingTo("92.0");
        assertThat(ranking.get(1).score()).isEqualByComparingTo("79.0");
        assertThat(ranking.get(1).jurors()).isEqualTo(2);
        assertRefused(() -> contest.addCriterion(s.yearId(), "新增", 1), null, "funds.error.rubricFrozen");
        login.as("yushan");
        assertThatThrownBy(() -> jury.score(helpers, Map.of())).isInstanceOf(ScopeViolationException.class);

        // the review period over (the admin moves the calendar), the ranking stands: no juror scores any more
        login.as("admin");
        LocalDate t = today();
        contest.updateYear(s.yearId(), contest.years().stream().filter(y -> y.id() == s.yearId()).findFirst().orElseThrow()
                .version(), new ContestYearForm(2027, "2027年党建引领基层治理创投大赛", s.cityFund(), new BigDecimal("200000"),
                t.minusDays(40), t.minusDays(20), t.minusDays(1), t.plusDays(10), t.plusDays(300), t.plusDays(330)));
        login.as("reviewer3");
        assertRefused(() -> jury.score(helpers, Map.of(rubric.get(0).id(), 30, rubric.get(1).id(), 40, rubric.get(2).id(), 30)),
                null, "funds.error.reviewClosed");
        login.as("admin");
        assertThat(jury.ranking(s.yearId(), 10).get(1).score()).as("unchanged").isEqualByComparingTo("79.0");
    }

    @Test
    void anAwardIsAGrantOfTheContestsFundAndTheProjectIsTrackedToItsClosing() {
        Setup s = setup("40000");
        login.as("yushan");
        long yarn = proposals.submit(s.yearId(), proposal(s.yushan().place().communityId(), "解忧毛线铺", "30000", "6000"));
        login.as("meili");
        long helpers = proposals.submit(s.yearId(), proposal(s.meili().place().communityId(), "60帮80", "20000"));
        login.as("admin");
        assertRefused(() -> projects.award(yarn, proposals.detail(yarn).row().version(), new BigDecimal("30000")), null,
                "funds.error.reviewNotOver");
        assertRefused(() -> projects.decline(helpers, proposals.detail(helpers).row().version()), null,
                "funds.error.reviewNotOver");
        // the review period over (the admin moves the calendar): the ranking stands and the awards follow it
        LocalDate t = today();
        contest.updateYear(s.yearId(), contest.years().stream().filter(y -> y.id() == s.yearId()).findFirst().orElseThrow()
                .version(), new ContestYearForm(2027, "2027年党建引领基层治理创投大赛", s.cityFund(), new BigDecimal("40000"),
                t.minusDays(40), t.minusDays(20), t.minusDays(1), t.plusDays(10), t.plusDays(300), t.plusDays(330)));
        ProjectRow row = proposals.detail(yarn).row();
        assertRefused(() -> projects.award(yarn, row.version(), new BigDecimal("36000.01")), "amount", "form.decimal");
        long grant = projects.award(yarn, row.version(), new BigDecimal("35000"));
        MovementRow movement = ledger.movement(grant);
        assertThat(movement.kind()).isEqualTo(MovementKind.GRANT);
        assertThat(movement.projectTitle()).isEqualTo("解忧毛线铺");
        assertThat(movement.status()).isEqualTo(MovementStatus.POSTED);
        assertRefused(() -> projects.award(helpers, proposals.detail(helpers).row().version(), new BigDecimal("5000.01")),
                "amount", "funds.error.overContestBudget");
        login.as("yushan");
        ProjectDetail detail = proposals.detail(yarn);
        assertThat(detail.row().state()).isEqualTo(ProjectState.AWARDED);
        long m1 = projects.addMilestone(yarn, "招募编织志愿者", today().minusDays(5));
        projects.addMilestone(yarn, "首批毛线衣物送达", today().plusDays(20));
        assertThat(proposals.list(new ProjectFilter(s.yearId(), null, null, null, null, true), PageRequest.of(0, 10)))
                .extracting(ProjectRow::id).containsExactly(yarn);
        assertRefused(() -> projects.reportProgress(m1, 0, 100, " "), "evidence", "funds.error.evidenceRequired");
        projects.reportProgress(m1, 0, 100, "志愿者名册及首次活动照片");
        assertThat(proposals.count(new ProjectFilter(s.yearId(), null, null, null, null, true))).isZero();
        BudgetLineRow line = proposals.detail(yarn).budget().getFirst();
        assertRefused(() -> projects.spend(line.id(), line.version(), new BigDecimal("30000.01")), "amount",
                "funds.error.overBudgetLine");
        projects.spend(line.id(), line.version(), new BigDecimal("12000"));
        ledger.record(s.yushan().fundId(), new MovementForm(MovementKind.PROJECT_INCOME, today(), new BigDecimal("3260"),
                "义卖收入", false, "毛线衣物义卖", yarn, null));
        assertRefused(() -> ledger.record(s.yushan().fundId(), new MovementForm(MovementKind.PROJECT_INCOME, today(),
                BigDecimal.ONE, "义卖", false, "义卖", helpers, null)), "projectId", "funds.error.projectNotAwarded");
        ProjectDetail running = proposals.detail(yarn);
        assertThat(running.row().state()).isEqualTo(ProjectState.IN_PROGRESS);
        assertThat(running.row().spent()).isEqualByComparingTo("12000");
        assertThat(running.row().income()).isEqualByComparingTo("3260");
        assertThat(running.row().progress()).isEqualTo(50);
        projects.close(yarn, running.row().version(), 168, "为 168 位老人送去毛线衣物，义卖收入 3,260 元回流社区基金");
        assertThat(proposals.detail(yarn).row().state()).isEqualTo(ProjectState.CLOSED);
        assertRefused(() -> projects.addMilestone(yarn, "关闭后", today()), null, "funds.error.projectNotRunning");
        login.as("meili");
        assertThatThrownBy(() -> projects.addMilestone(yarn, "越权", today())).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> projects.award(helpers, 0, BigDecimal.ONE)).isInstanceOf(ScopeViolationException.class);
    }
}
