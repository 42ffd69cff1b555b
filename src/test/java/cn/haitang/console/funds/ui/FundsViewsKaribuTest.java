package cn.haitang.console.funds.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.funds.FundKind;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.MovementKind;
import cn.haitang.console.funds.MovementRow;
import cn.haitang.console.funds.ProjectRow;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.sidenav.SideNavItem;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The funds views as a user sees them: scoped lazy lists, the ledger's forms with messages at the field, the disclosure. */
@Transactional
class FundsViewsKaribuTest extends KaribuTest {

    @Autowired
    List<DashboardSection> sections;

    private static <T> List<T> rows(Grid<T> grid) {
        return GridKt._fetch(grid, 0, 200);
    }

    /** Every entry the user may open, with every section opened (a folded one holds no entries yet). */
    private static List<String> menuLabels() {
        _find(com.vaadin.flow.component.sidenav.SideNav.class).forEach(nav -> nav.setExpanded(true));
        return _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList();
    }

    private static FundRow firstCommunityFund() {
        return rows(_get(FundsView.class).grid).stream().filter(f -> f.kind() == FundKind.COMMUNITY).findFirst().orElseThrow();
    }

    @Test
    void aCoordinatorReadsTheCityFundWithoutAnyButtonToWriteToIt() {
        openAs("yushan");
        UI.getCurrent().navigate(FundsView.class);
        FundsView list = _get(FundsView.class);
        list.search.setValue("善美海棠红");
        FundRow city = rows(list.grid).stream().filter(f -> f.kind() == FundKind.CITY).findFirst().orElseThrow();
        UI.getCurrent().navigate(FundLedgerView.class, city.id());
        FundLedgerView ledger = _get(FundLedgerView.class);
        assertThat(ledger.record.isVisible()).isFalse();
        assertThat(ledger.importMovements.isVisible()).isFalse();
        assertThat(ledger.readOnly.isVisible()).isTrue();
        assertThat(ledger.readOnly.getText()).contains("仅供查看");
        assertThat(ledger.disclosure.isVisible()).isTrue();
        List<MovementRow> movements = rows(ledger.grid);
        assertThat(movements).isNotEmpty();
        MovementDialog detail = ledger.openMovement(movements.getFirst());
        assertThat(detail.reverse.isVisible()).isFalse();
        assertThat(detail.approve.isVisible()).isFalse();
        assertThat(detail.reject.isVisible()).isFalse();
        assertThat(detail.upload.isVisible()).isFalse();
        UI.getCurrent().navigate(DisclosureView.class, city.id());
        assertThat(java.util.Objects.requireNonNull(_get(DisclosureView.class).disclosure()).fund().name()).isEqualTo("善美海棠红");

        openAs("admin");
        UI.getCurrent().navigate(FundLedgerView.class, city.id());
        FundLedgerView admin = _get(FundLedgerView.class);
        assertThat(admin.record.isVisible()).isTrue();
        assertThat(admin.importMovements.isVisible()).isTrue();
        assertThat(admin.readOnly.isVisible()).isFalse();
    }

    @Test
    void aCoordinatorImportsMovementsAfterSeeingEveryRowInThePreview() throws Exception {
        openAs("yushan");
        UI.getCurrent().navigate(FundsView.class);
        FundRow fund = firstCommunityFund();
        UI.getCurrent().navigate(FundLedgerView.class, fund.id());
        FundLedgerView ledger = _get(FundLedgerView.class);
        long before = GridKt._size(ledger.grid);
        MovementImportDialog dialog = ledger.openImport();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("movements", ".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = java.nio.file.Files.newOutputStream(file)) {
            var sheet = book.createSheet("收支明细");
            String[][] rows = {{"日期", "类别", "金额（元）", "对方", "是否匿名", "用途"},
                    {"2026-03-01", "爱心捐助", "600", "周敏", "否", "助老助餐捐赠"},
                    {"2026-03-20", "利息收入", "1.25", "江苏常熟农村商业银行", "否", "一季度结息"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        dialog.receive(file);
        var preview = java.util.Objects.requireNonNull(dialog.preview);
        assertThat(preview.confirm.isEnabled()).isTrue();
        assertThat(GridKt._size(ledger.grid)).isEqualTo(before); // nothing written before the confirmation
        com.github.mvysny.kaributesting.v10.ButtonKt._click(preview.confirm);
        assertThat(dialog.result.getText()).isEqualTo("已登记 2 笔收支");
        assertThat(GridKt._size(ledger.grid)).isEqualTo(before + 2);
    }

    @Test
    void aGrantPicksAHappinessSceneOfTheFundsCommunity() {
        openAs("yushan");
        UI.getCurrent().navigate(FundsView.class);
        FundRow fund = firstCommunityFund();
        UI.getCurrent().navigate(FundLedgerView.class, fund.id());
        MovementFormDialog form = _get(FundLedgerView.class).openForm();
        assertThat(form.scene.isVisible()).isFalse();
        form.kind.setValue(MovementKind.GRANT);
        assertThat(form.scene.isVisible()).isTrue();
        assertThat(form.scene.getListDataView().getItems().map(o -> o.name()))
                .allSatisfy(name -> assertThat(name).startsWith(fund.communityName() + " · "));
    }

    @Test
    void coordinatorsSeeTheirTownsFundsAndReviewersOnlyTheJury() {
        openAs("yushan");
        UI.getCurrent().navigate(FundsView.class);
        assertThat(menuLabels()).contains("治理资金", "创投项目").doesNotContain("创投大赛", "创投评审");
        FundsView view = _get(FundsView.class);
        assertThat(rows(view.grid)).isNotEmpty().extracting(FundRow::townName).containsOnly("虞山街道", null);
        assertThat(view.kind.isVisible()).isFalse();
        openAs("admin");
        UI.getCurrent().navigate(FundsView.class);
        FundsView admin = _get(FundsView.class);
        admin.search.setValue("善美海棠红");
        assertThat(rows(admin.grid)).extracting(FundRow::name).containsExactly("善美海棠红");
        openAs("reviewer3");
        UI.getCurrent().navigate(JuryView.class);
        assertThat(menuLabels()).contains("创投评审").doesNotContain("治理资金");
        UI.getCurrent().navigate(FundsView.class);
        assertThat(_find(FundsView.class)).isEmpty();
    }

    @Test
    void aCoordinatorRecordsADonationAndIsToldAtTheFieldWhenASpendingOverdrawsTheFund() {
        openAs("yushan");
        UI.getCurrent().navigate(FundsView.class);
        FundRow fund = firstCommunityFund();
        UI.getCurrent().navigate(FundLedgerView.class, fund.id());
        FundLedgerView ledger = _get(FundLedgerView.class);
        long before = GridKt._size(ledger.grid);
        MovementFormDialog form = ledger.openForm();
        form.kind.setValue(MovementKind.DONATION);
        form.amount.setValue(new BigDecimal("888.80"));
        form.counterparty.setValue("顾秀英");
        form.anonymous.setValue(true);
        form.purpose.setValue("助老助餐捐赠");
        form.save();
        assertThat(form.isOpened()).isFalse();
        assertThat(GridKt._size(ledger.grid)).isEqualTo(before + 1);
        ledger.search.setValue("顾秀英");
        MovementRow recorded = rows(ledger.grid).stream().filter(m -> m.amount().compareTo(new BigDecimal("888.80")) == 0)
                .findFirst().orElseThrow();
        assertThat(recorded.anonymous()).isTrue();

        MovementFormDialog spend = ledger.openForm();
        spend.kind.setValue(MovementKind.OPERATING);
        spend.amount.setValue(fund.balance().add(new BigDecimal("888.81")));
        spend.counterparty.setValue("常熟市虞山印务有限公司");
        spend.purpose.setValue("宣传折页");
        spend.save();
        assertThat(spend.isOpened()).isTrue();
        assertThat(spend.amount.isInvalid()).isTrue();
        assertThat(spend.amount.getErrorMessage()).contains("余额").contains("不足");

        MovementDialog detail = ledger.openMovement(recorded);
        assertThat(detail.reverse.isVisible()).isTrue();
        assertThat(detail.approve.isVisible()).isFalse();
        var reverse = java.util.Objects.requireNonNull(detail.openReverse());
        reverse.save();
        assertThat(reverse.isOpened()).isTrue();
        assertThat(reverse.fields().get("reason").isInvalid()).isTrue();
    }

    @Test
    void theDisclosurePageNamesNoAnonymousDonor() {
        openAs("yushan");
        UI.getCurrent().navigate(FundsView.class);
        FundRow fund = firstCommunityFund();
        UI.getCurrent().navigate(FundLedgerView.class, fund.id());
        MovementFormDialog form = _get(FundLedgerView.class).openForm();
        form.amount.setValue(new BigDecimal("500"));
        form.counterparty.setValue("不愿具名的钱先生");
        form.anonymous.setValue(true);
        form.purpose.setValue("爱心捐助");
        form.save();
        UI.getCurrent().navigate(DisclosureView.class, fund.id());
        DisclosureView page = _get(DisclosureView.class);
        List<String> cells = _find(NativeTableCell.class).stream().map(c -> c.getText()).toList();
        assertThat(cells).contains("匿名爱心人士").doesNotContain("不愿具名的钱先生");
        assertThat(java.util.Objects.requireNonNull(page.disclosure()).closing()).isEqualByComparingTo(
                page.disclosure().opening().add(page.disclosure().income()).subtract(page.disclosure().spending()));
        assertThat(page.print.isVisible()).isTrue();
    }

    @Test
    void theLateListShowsOnlyProjectsWithAMilestonePastDue() {
        openAs("admin");
        UI.getCurrent().navigate(ProjectsView.class);
        ProjectsView view = _get(ProjectsView.class);
        long all = GridKt._size(view.grid);
        view.late.setValue(true);
        List<ProjectRow> late = rows(view.grid);
        assertThat(late).isNotEmpty().hasSizeLessThan((int) all).allSatisfy(p -> assertThat(p.lateMilestones()).isPositive());
        ProjectDialog dialog = view.openProject(late.getFirst().id());
        assertThat(rows(dialog.milestones)).anySatisfy(m -> assertThat(m.late()).isTrue());
        assertThat(dialog.award.isVisible()).isFalse();
    }

    @Test
    void theDashboardSectionShowsTheCitysFundFigures() {
        openAs("admin");
        DashboardSection funds = sections.stream().filter(s -> s.titleKey().equals("funds.dashboard.title")).findFirst()
                .orElseThrow();
        SectionFigures city = funds.figures(null, null, Locale.SIMPLIFIED_CHINESE);
        assertThat(city.cards()).extracting(SectionFigures.FigureCard::id).contains("funds-city-balance", "funds-raised");
        assertThat(city.cards()).filteredOn(c -> c.id().equals("funds-raised")).singleElement()
                .satisfies(c -> assertThat(c.value()).isEqualTo("2,680,000.00"));
        assertThat(city.breakdown().lines()).extracting(SectionFigures.Line::areaName).contains("虞山街道", "梅李镇");
    }
}
