package cn.haitang.console.funds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.funds.ContestService;
import cn.haitang.console.funds.ContestYearForm;
import cn.haitang.console.funds.ContestYearRow;
import cn.haitang.console.funds.CriterionRow;
import cn.haitang.console.funds.FundForm;
import cn.haitang.console.funds.FundService;
import cn.haitang.console.funds.ProjectRow;
import cn.haitang.console.funds.ProposalForm;
import cn.haitang.console.funds.ProposalService;
import cn.haitang.console.support.KaribuTest;
import cn.haitang.console.support.TestData;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.IntegerField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The contest's views as the jury and the city admin see them: a proposal under review (submitted through
 * the services by 虞山街道's coordinator) in the juror's worklist, scoring it criterion by criterion with the
 * total as it is typed, and the admin's ranking with the jury's total.
 */
@Transactional
class ContestViewsKaribuTest extends KaribuTest {

    @Autowired
    TestData data;
    @Autowired
    FundService funds;
    @Autowired
    ContestService contest;
    @Autowired
    ProposalService proposals;
    @Autowired
    Clock clock;

    private record Contest(long yearId, String title) {
    }

    /** A contest year whose call is open today, a 100-point rubric, and one proposal of a new 虞山 community. */
    private Contest contestWithAProposal() {
        TestData.Place place = data.place("yushan");
        LocalDate t = LocalDate.now(clock);
        long yearId = data.asAdmin(() -> {
            long fund = funds.openFund(new FundForm(null, TestData.unique("测试市级专项基金"), "常熟市慈善总会", "3222 0101 8888",
                    LocalDate.of(2024, 1, 1), new BigDecimal("100000")));
            long id = contest.createYear(new ContestYearForm(t.getYear() + 1, "测试创投大赛", fund, new BigDecimal("200000"),
                    t.minusDays(10), t.plusDays(10), t.plusDays(30), t.plusDays(40), t.plusDays(300), t.plusDays(330)));
            contest.addCriterion(id, "问题精准", 30);
            contest.addCriterion(id, "方案可行", 40);
            contest.addCriterion(id, "可持续性", 30);
            return id;
        });
        String title = TestData.unique("解忧毛线铺");
        login.as("yushan");
        proposals.submit(yearId, new ProposalForm(place.communityId(), title, "独居老人冬季缺少御寒衣物，也缺少交流",
                "组织社区手工爱好者编织毛线衣物，义卖所得反哺困难老人", "社区妇联执委与12名编织志愿者", 120, true,
                List.of(new ProposalForm.Line("毛线与工具", new BigDecimal("18000")),
                        new ProposalForm.Line("义卖场地", new BigDecimal("6000")))));
        return new Contest(yearId, title);
    }

    private static <T> List<T> rows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, 200);
    }

    private static ProjectRow rowTitled(Grid<ProjectRow> grid, String title) {
        return rows(grid).stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void aJurorScoresTheProposalCriterionByCriterionAndTheAdminSeesTheTotalInTheRanking() {
        Contest c = contestWithAProposal();
        openAs("reviewer3");
        UI.getCurrent().navigate(JuryView.class);
        JuryView jury = _get(JuryView.class);
        assertThat(jury.year.getValue()).extracting(ContestYearRow::id).isEqualTo(c.yearId());
        ProjectRow proposal = rowTitled(jury.grid, c.title());
        assertThat(GridKt._getFormattedRow(jury.grid, proposal)).contains(c.title(), "24,000.00", "未评");

        JuryView.ScoreDialog dialog = jury.openScore(proposal);
        List<IntegerField> points = dialog.points();
        assertThat(points).extracting(IntegerField::getLabel)
                .containsExactly("问题精准（满分 30）", "方案可行（满分 40）", "可持续性（满分 30）");
        points.get(0).setValue(26);
        points.get(1).setValue(45);
        points.get(2).setValue(21);
        assertThat(dialog.total().getText()).isEqualTo("合计 92 / 100 分");
        dialog.form().save();
        assertThat(dialog.form().isOpened()).isTrue();
        assertThat(points.get(1).isInvalid()).isTrue();
        points.get(1).setValue(35);
        assertThat(dialog.total().getText()).isEqualTo("合计 82 / 100 分");
        dialog.form().save();
        assertThat(dialog.form().isOpened()).isFalse();
        ProjectRow scored = rowTitled(jury.grid, c.title());
        assertThat(scored.jurors()).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(jury.grid, scored)).contains("82");

        // opened again, the form shows the juror's points
        JuryView.ScoreDialog again = jury.openScore(scored);
        assertThat(again.points()).extracting(IntegerField::getValue).containsExactly(26, 35, 21);
        assertThat(again.total().getText()).isEqualTo("合计 82 / 100 分");

        // reviewer1 belongs to 虞山街道: the proposal never reaches their worklist
        openAs("reviewer1");
        UI.getCurrent().navigate(JuryView.class);
        JuryView conflicted = _get(JuryView.class);
        assertThat(conflicted.year.getValue()).extracting(ContestYearRow::id).isEqualTo(c.yearId());
        assertThat(rows(conflicted.grid)).extracting(ProjectRow::title).doesNotContain(c.title());

        openAs("admin");
        UI.getCurrent().navigate(ContestView.class);
        ContestView view = _get(ContestView.class);
        assertThat(view.years.asSingleSelect().getValue()).extracting(ContestYearRow::id).isEqualTo(c.yearId());
        assertThat(rows(view.rubric)).extracting(CriterionRow::name).containsExactly("问题精准", "方案可行", "可持续性");
        ProjectRow ranked = rowTitled(view.ranking, c.title());
        assertThat(ranked.score()).isEqualByComparingTo("82");
        assertThat(GridKt._getFormattedRow(view.ranking, ranked)).contains(c.title(), "82.0", "1", "24,000.00");
        assertThat(GridKt._getFormattedRow(view.years, view.years.asSingleSelect().getValue()))
                .contains("测试创投大赛", "200,000.00");
    }

    @Test
    void theContestPageIsTheAdminsAndTheJuryPageTheReviewers() {
        openAs("yushan");
        UI.getCurrent().navigate(ContestView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(ContestView.class)).isEmpty();
        openAs("admin");
        UI.getCurrent().navigate(JuryView.class);
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(JuryView.class)).isEmpty();
        UI.getCurrent().navigate(ContestView.class);
        assertThat(_get(ContestView.class).newYear.isVisible()).isTrue();
    }
}
