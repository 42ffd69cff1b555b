package cn.haitang.console.dashboard.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.dashboard.AreaLine;
import cn.haitang.console.dashboard.DashboardFixtures;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

class DashboardKaribuTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theAdminsHomeIsTheCityDashboardWithTheArticlesFigures() {
        openAs("admin");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.breadcrumb.getText()).isEqualTo("全市");
        assertThat(view.backToCity.isVisible()).isFalse();
        assertThat(figure("compounds")).isEqualTo("506");
        assertThat(figure("entity")).isEqualTo("92.09%");
        assertThat(figure("functional")).isEqualTo("100%");
        assertThat(figure("committee")).isEqualTo("87.6%");
        assertThat(detail("committee")).isEqualTo("438 / 500");
        assertThat(figure("institutions")).isEqualTo("85 / 85");
        assertThat(detail("institutions")).startsWith("全部结对");
        assertThat(figure("members")).matches("17,\\d{3}");
        assertThat(figure("volunteers")).matches("24,\\d{3}");
        assertThat(figure("matters")).matches("1,3\\d{2}");
        assertThat(figure("sites")).isEqualTo("3 / 5 / 25");
        assertThat(figure("sitesDue")).isEqualTo("8");
        assertThat(GridKt._size(view.areas)).isEqualTo(14);
        assertThat(view.charts.coverageChart.getOptionJson()).contains("虞山街道", "全市平均", "#c8374f");
        assertThat(view.charts.sitesChart.getOptionJson()).contains("省级", "苏州级", "常熟级");
        assertThat(view.charts.mattersChart.getOptionJson()).contains("\"type\":\"line\"");
        assertThat(view.charts.reportsChart.getOptionJson()).contains("在职党员报到", "志愿者报到");
    }

    @Test
    void clickingATownNarrowsEveryFigureAndBackToCityRestoresThem() {
        openAs("admin");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        AreaLine yushan = GridKt._findAll(view.areas).stream().filter(a -> a.name().equals("虞山街道")).findFirst()
                .orElseThrow();
        view.drill(yushan.id());
        assertThat(view.breadcrumb.getText()).isEqualTo("全市 › 虞山街道");
        assertThat(view.backToCity.isVisible()).isTrue();
        assertThat(view.town.getValue().name()).isEqualTo("虞山街道");
        assertThat(figure("compounds")).isEqualTo(String.format("%,d", yushan.compounds()));
        assertThat(figure("entity")).isEqualTo(DashboardView.percent(yushan.entityBranches()));
        assertThat(compare("entity")).isEqualTo("全市 92.09%");
        assertThat(figure("members")).isEqualTo(String.format("%,d", yushan.members()));
        assertThat(GridKt._findAll(view.areas)).noneMatch(AreaLine::town).anyMatch(a -> a.name().equals("张坝社区"));
        assertThat(view.charts.coverageChart.getOptionJson()).contains("张坝社区", "本镇（街道）平均");
        view.backToCity.click();
        assertThat(view.breadcrumb.getText()).isEqualTo("全市");
        assertThat(figure("compounds")).isEqualTo("506");
        assertThat(view.town.getValue()).isNull();
    }

    @Test
    void choosingATownInTheSelectAndClickingABarDrillDownToo() {
        openAs("admin");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        view.town.setValue(view.town.getListDataView().getItems().filter(t -> t.name().equals("梅李镇")).findFirst()
                .orElseThrow());
        assertThat(view.breadcrumb.getText()).isEqualTo("全市 › 梅李镇");
        view.drill(null);
        long haiyu = DashboardFixtures.town(jdbc, "海虞镇");
        view.charts.coverageChart.getElement().getNode();
        // a click on a bar arrives as a DOM event carrying the bar's id
        com.vaadin.flow.dom.DomEvent event = new com.vaadin.flow.dom.DomEvent(view.charts.coverageChart.getElement(), "chart-click",
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                        .put("event.detail.name", "海虞镇").put("event.detail.id", String.valueOf(haiyu))
                        .put("event.detail.series", "实体型党支部覆盖率"));
        view.charts.coverageChart.getElement().getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class).fireEvent(event);
        assertThat(view.breadcrumb.getText()).isEqualTo("全市 › 海虞镇");
    }

    @Test
    void theFeaturesSectionsArriveWhenTheBrowserAsksForThemAfterTheFirstRenderForTheAreaShownThen() {
        openAs("admin");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        // the first render: cards and charts, the sections below the fold not yet computed
        assertThat(view.sections.getChildren()).isEmpty();
        assertThat(card("compounds")).isNotNull();
        askForSections(view);
        assertThat(sectionKeys(view)).contains("circle.dashboard.title", "funds.dashboard.title", "delib.figures.title");
        assertThat(figure("delib-sessions")).isNotBlank();
        // a drill-down clears them and the next request brings the town's, once, however often it is asked
        long yushan = DashboardFixtures.town(jdbc, "虞山街道");
        view.drill(yushan);
        assertThat(view.sections.getChildren()).isEmpty();
        askForSections(view);
        askForSections(view);
        assertThat(sectionKeys(view)).hasSize(3).doesNotHaveDuplicates();
        assertThat(_find(view.sections, com.vaadin.flow.component.grid.Grid.class).stream()
                .map(grid -> ((com.vaadin.flow.component.grid.Grid<?>) grid).getColumns().getFirst().getHeaderText()))
                .isNotEmpty().containsOnly("社区");
    }

    private static void askForSections(DashboardView view) {
        com.vaadin.flow.dom.DomEvent event = new com.vaadin.flow.dom.DomEvent(view.sections.getElement(),
                DashboardView.SECTIONS_EVENT, tools.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        view.sections.getElement().getNode().getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(event);
    }

    private static List<String> sectionKeys(DashboardView view) {
        return view.sections.getChildren().map(c -> c.getElement().getAttribute("data-section")).toList();
    }

    @Test
    @Transactional
    void asOfAPastMonthShowsThatMonthsSnapshot() {
        DashboardFixtures.pastSnapshot(jdbc);
        openAs("admin");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.asOf.getListDataView().getItems().toList()).contains(YearMonth.parse(DashboardFixtures.PAST_MONTH));
        view.asOf.setValue(YearMonth.parse(DashboardFixtures.PAST_MONTH));
        assertThat(figure("compounds")).isEqualTo("480");
        assertThat(figure("entity")).isEqualTo("83.33%");
        assertThat(view.asOfNote.getText()).contains("2020年1月");
        // the committee rate from the same snapshot (420 of 470), not today's 87.6%
        assertThat(figure("committee")).isEqualTo("89.36%");
        assertThat(view.asOfNote.getText()).contains("按该月月末统计");
        view.asOf.setValue(null);
        assertThat(figure("compounds")).isEqualTo("506");
        assertThat(figure("committee")).isEqualTo("87.6%");
        assertThat(view.asOfNote.getText()).contains("实时数据");
    }

    @Test
    void theMonthlyReportIsAValidWorkbookWhoseCellsMatchTheCards() throws Exception {
        openAs("admin");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.export).isNotNull();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        view.writeReport(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // the four built-in sheets, then the sheets of the features' dashboard sections (deliberation, …)
            assertThat(book.getNumberOfSheets()).isGreaterThanOrEqualTo(4);
            Sheet summary = book.getSheetAt(0);
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("全市");
            assertThat((long) summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(506);
            assertThat(summary.getRow(4).getCell(1).getNumericCellValue() * 100).isCloseTo(92.09, Offset.offset(0.005));
            assertThat(summary.getRow(5).getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(summary.getRow(6).getCell(1).getNumericCellValue()).isCloseTo(0.876, Offset.offset(1e-9));
            String members = String.format("%,d", (long) summary.getRow(15).getCell(1).getNumericCellValue());
            assertThat(summary.getRow(15).getCell(0).getStringCellValue()).isEqualTo("在职党员报到");
            assertThat(members).isEqualTo(figure("members"));
            Sheet structure = book.getSheet("组织体系");
            List<AreaLine> rows = GridKt._findAll(view.areas);
            for (int i = 0; i < rows.size(); i++) {
                assertThat(structure.getRow(3 + i).getCell(0).getStringCellValue()).isEqualTo(rows.get(i).name());
                assertThat((int) structure.getRow(3 + i).getCell(1).getNumericCellValue()).isEqualTo(rows.get(i).compounds());
            }
        }
        view.drill(DashboardFixtures.town(jdbc, "虞山街道"));
        out = new ByteArrayOutputStream();
        view.writeReport(out);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("虞山街道");
            assertThat(String.format("%,d", (long) book.getSheetAt(0).getRow(3).getCell(1).getNumericCellValue()))
                    .isEqualTo(figure("compounds"));
        }
    }

    @Test
    void aCoordinatorSeesTheirTownWithTheCityAverageAndCannotDrillElsewhere() {
        openAs("yushan");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        assertThat(view.breadcrumb.getText()).isEqualTo("虞山街道");
        assertThat(view.town.isAttached()).isFalse();
        assertThat(view.backToCity.isVisible()).isFalse();
        assertThat(compare("entity")).isEqualTo("全市 92.09%");
        assertThat(compare("committee")).isEqualTo("全市 87.6%");
        assertThat(compare("functional")).isEqualTo("全市 100%");
        assertThat(figure("compounds")).isNotEqualTo("506");
        assertThat(GridKt._findAll(view.areas)).noneMatch(AreaLine::town);
        view.drill(DashboardFixtures.town(jdbc, "梅李镇"));
        assertThat(view.breadcrumb.getText()).isEqualTo("虞山街道");
    }

    @Test
    void aReviewerSeesTheirWorklistInsteadOfFigures() {
        openAs("reviewer1");
        UI.getCurrent().navigate("");
        DashboardView view = _get(DashboardView.class);
        assertThat(_find(Div.class, spec -> spec.withClasses("ht-figure-card"))).isEmpty();
        assertThat(GridKt._size(view.worklist)).isPositive();
        assertThat(GridKt._findAll(view.worklist)).noneMatch(w -> w.townName().equals("虞山街道"));
    }

    @Test
    void clickingARateCardOpensItsGapList() {
        openAs("admin");
        UI.getCurrent().navigate("");
        card("entity").getElement().getNode()
                .getFeature(com.vaadin.flow.internal.nodefeature.ElementListenerMap.class)
                .fireEvent(new com.vaadin.flow.dom.DomEvent(card("entity").getElement(), "click",
                        tools.jackson.databind.node.JsonNodeFactory.instance.objectNode()));
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters())
                .isEqualTo("coverage/gaps?kind=ENTITY_BRANCH");
    }

    private static Div card(String id) {
        return _find(Div.class, spec -> spec.withClasses("ht-figure-card")).stream()
                .filter(d -> id.equals(d.getElement().getAttribute("data-figure"))).findFirst().orElseThrow();
    }

    /** A part of a card (drawn as markup inside the card's one element). */
    private static String part(String id, String css) {
        return org.jsoup.Jsoup.parseBodyFragment(card(id).getElement().getProperty("innerHTML")).selectFirst("." + css)
                .text();
    }

    private static String figure(String id) {
        return part(id, "ht-card-figure");
    }

    private static String detail(String id) {
        return part(id, "ht-card-detail");
    }

    private static String compare(String id) {
        return part(id, "ht-card-compare");
    }
}
