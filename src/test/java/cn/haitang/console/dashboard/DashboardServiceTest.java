package cn.haitang.console.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.Level;
import cn.haitang.console.accreditation.SiteRegistryService;
import cn.haitang.console.organization.CoverageService;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.PairingFigures;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

class DashboardServiceTest extends ServiceTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    CoverageService coverage;
    @Autowired
    MattersService matters;
    @Autowired
    AccreditationService accreditation;

    @Autowired
    SiteRegistryService registry;
    @PersistenceContext
    EntityManager em;

    @Test
    void theCityDashboardShowsTheArticlesFiguresOnTheDemoData() {
        login.as("admin");
        DashboardFigures f = dashboard.figures(null, null);
        assertThat(f.townId()).isNull();
        assertThat(f.compounds()).isEqualTo(506);
        assertThat(f.entityBranches().percent()).isEqualByComparingTo("92.09");
        assertThat(f.functionalBranches().percent()).isEqualByComparingTo("100.00");
        assertThat(f.committees()).isEqualTo(new Rate(438, 500));
        assertThat(f.committees().percent()).isEqualByComparingTo("87.60");
        PairingFigures p = f.pairing();
        assertThat(p.institutions()).isEqualTo(85);
        assertThat(p.institutionsPaired()).isEqualTo(85);
        assertThat(p.members()).isGreaterThanOrEqualTo(17_000).isLessThan(18_000);
        assertThat(p.volunteers()).isGreaterThanOrEqualTo(24_000).isLessThan(25_000);
        assertThat(p.mattersResolved()).isGreaterThanOrEqualTo(1_300).isLessThan(1_400);
        assertThat(f.sites(Level.PROVINCIAL)).isEqualTo(3);
        assertThat(f.sites(Level.SUZHOU)).isEqualTo(5);
        assertThat(f.sites(Level.CITY)).isEqualTo(25);
        assertThat(f.sitesDueForReview()).isEqualTo(8);
        assertThat(f.city()).isNull();
    }

    @Test
    void theTownsOfTheBreakdownAddUpToTheCity() {
        login.as("admin");
        Dashboard d = dashboard.load(null, null);
        List<AreaLine> towns = d.areas();
        assertThat(towns).hasSize(14).allMatch(AreaLine::town);
        assertThat(towns.getFirst().name()).isEqualTo("虞山街道");
        assertThat(towns.stream().mapToInt(AreaLine::compounds).sum()).isEqualTo(506);
        assertThat(towns.stream().mapToLong(a -> a.entityBranches().numerator()).sum())
                .isEqualTo(d.figures().entityBranches().numerator());
        assertThat(towns.stream().mapToLong(a -> a.committees().numerator()).sum()).isEqualTo(438);
        assertThat(towns.stream().mapToLong(a -> a.committees().denominator()).sum()).isEqualTo(500);
        assertThat(towns.stream().mapToLong(AreaLine::members).sum()).isEqualTo(d.figures().pairing().members());
        assertThat(towns.stream().mapToLong(AreaLine::volunteers).sum()).isEqualTo(d.figures().pairing().volunteers());
        assertThat(towns.stream().mapToLong(AreaLine::sitesTotal).sum()).isEqualTo(33);
        assertThat(towns.stream().mapToLong(AreaLine::communities).sum()).isEqualTo(111);
        assertThat(d.mattersPerMonth()).isNotEmpty();
    }

    @Test
    void anAdminDrillsDownToOneTownAndEveryFigureNarrows() {
        login.as("admin");
        long yushan = DashboardFixtures.town(jdbc, "虞山街道");
        Dashboard city = dashboard.load(null, null);
        Dashboard town = dashboard.load(null, yushan);
        AreaLine line = city.areas().stream().filter(a -> a.id() == yushan).findFirst().orElseThrow();
        DashboardFigures f = town.figures();
        assertThat(f.townId()).isEqualTo(yushan);
        assertThat(f.areaName()).isEqualTo("虞山街道");
        assertThat(f.compounds()).isEqualTo(line.compounds()).isLessThan(506);
        assertThat(f.entityBranches()).isEqualTo(line.entityBranches());
        assertThat(f.committees()).isEqualTo(line.committees());
        assertThat(f.pairing().members()).isEqualTo(line.members());
        assertThat(f.sitesTotal()).isEqualTo(line.sitesTotal());
        assertThat(f.city()).isNotNull();
        assertThat(f.city().entityBranches()).isEqualTo(city.figures().entityBranches());
        assertThat(town.areas()).isNotEmpty().noneMatch(AreaLine::town);
        assertThat(town.areas().stream().mapToInt(AreaLine::compounds).sum()).isEqualTo(f.compounds());
        assertThat(town.areas()).anyMatch(a -> a.name().equals("张坝社区"));
        assertThat(town.areas().stream().mapToLong(AreaLine::sitesTotal).sum()).isEqualTo(f.sitesTotal()).isPositive();
    }

    @Test
    @Transactional
    void theWholeDashboardsCardsAreTheCardsAloneForTheCityATownACoordinatorAndAPastMonth() {
        // the whole load reads one coverage report for the cards and the breakdown; the cards are the same
        DashboardFixtures.pastSnapshot(jdbc);
        YearMonth month = YearMonth.parse(DashboardFixtures.PAST_MONTH);
        long yushan = DashboardFixtures.town(jdbc, "虞山街道");
        login.as("admin");
        assertThat(dashboard.load(null, null).figures()).isEqualTo(dashboard.figures(null, null));
        assertThat(dashboard.load(null, yushan).figures()).isEqualTo(dashboard.figures(null, yushan));
        assertThat(dashboard.load(month, null).figures()).isEqualTo(dashboard.figures(month, null));
        assertThat(dashboard.load(null, null).areas()).isEqualTo(dashboard.areas(null, null));
        login.as("yushan");
        assertThat(dashboard.load(null, null).figures()).isEqualTo(dashboard.figures(null, null));
        assertThat(dashboard.load(null, null).areas()).isEqualTo(dashboard.areas(null, null));
    }

    @Test
    void aCoordinatorGetsTheirOwnTownWithTheCityAverageBesideEachRate() {
        login.as("admin");
        DashboardFigures city = dashboard.figures(null, null);
        long yushan = DashboardFixtures.town(jdbc, "虞山街道");
        DashboardFigures asAdmin = dashboard.figures(null, yushan);
        login.as("yushan");
        DashboardFigures f = dashboard.figures(null, null);
        assertThat(f.townId()).isEqualTo(yushan);
        assertThat(f).isEqualTo(asAdmin);
        CityAverage average = f.city();
        assertThat(average).isNotNull();
        assertThat(average.entityBranches()).isEqualTo(city.entityBranches());
        assertThat(average.functionalBranches()).isEqualTo(city.functionalBranches());
        assertThat(average.gridCoverage()).isEqualTo(city.gridCoverage());
        assertThat(average.committees()).isEqualTo(new Rate(438, 500));
        assertThat(dashboard.areas(null, null)).noneMatch(AreaLine::town);
        assertThat(dashboard.towns()).extracting(t -> t.name()).containsExactly("虞山街道");
    }

    @Test
    void aCoordinatorIsRefusedAnotherTownInEveryMethod() {
        login.as("yushan");
        long meili = DashboardFixtures.town(jdbc, "梅李镇");
        assertThatThrownBy(() -> dashboard.load(null, meili)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.figures(null, meili)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.areas(null, meili)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.writeMonthlyReport(null, meili, new ByteArrayOutputStream(), Locale.CHINA))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.worklist()).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aReviewerGetsTheirWorklistAndNoFigures() {
        login.as("reviewer1");
        assertThat(dashboard.worklist()).isNotEmpty().allMatch(w -> !w.townName().equals("虞山街道"));
        assertThatThrownBy(() -> dashboard.load(null, null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.figures(null, null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.areas(null, null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.snapshotMonths()).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.towns()).isInstanceOf(ScopeViolationException.class);
        long yushan = DashboardFixtures.town(jdbc, "虞山街道");
        assertThatThrownBy(() -> dashboard.figures(null, yushan)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> dashboard.writeMonthlyReport(null, null, new ByteArrayOutputStream(), Locale.CHINA))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void anAdminHasNoWorklist() {
        login.as("admin");
        assertThatThrownBy(() -> dashboard.worklist()).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    @Transactional
    void asOfAPastMonthTheStructureComesFromThatMonthsSnapshot() {
        DashboardFixtures.pastSnapshot(jdbc);
        login.as("admin");
        YearMonth month = YearMonth.parse(DashboardFixtures.PAST_MONTH);
        assertThat(dashboard.snapshotMonths()).contains(month);
        DashboardFigures f = dashboard.figures(month, null);
        assertThat(f.asOf()).isEqualTo(month);
        assertThat(f.compounds()).isEqualTo(480);
        assertThat(f.entityBranches()).isEqualTo(new Rate(400, 480));
        assertThat(f.gridCoverage()).isEqualTo(new Rate(2400, 3000));
        assertThat(dashboard.areas(month, null)).extracting(AreaLine::name).containsExactly("虞山街道");
        // the committee rate from the snapshot too; pairing, matters, activities and sites as at 31 January
        // 2020, before any of the demo's; members and volunteers are always today's
        assertThat(f.committees()).isEqualTo(new Rate(420, 470));
        PairingFigures p = f.pairing();
        assertThat(List.of(p.institutionsPaired(), p.communitiesPaired(), p.activitiesThisMonth(), p.serviceDaysDue(),
                p.mattersPublished(), p.mattersResolved(), p.mattersOpen())).containsOnly(0L);
        assertThat(p.medianDaysToClose()).isNull();
        assertThat(f.sites()).containsOnlyKeys(Level.values()).allSatisfy((level, n) -> assertThat(n).isZero());
        assertThat(f.sitesDueForReview()).isZero();
        assertThat(p.members()).isEqualTo(dashboard.figures(null, null).pairing().members());
        assertThat(dashboard.areas(month, null).getFirst().committees()).isEqualTo(new Rate(50, 58));
        assertThat(dashboard.areas(month, null).getFirst().institutionsPaired()).isZero();
        login.as("yushan");
        DashboardFigures town = dashboard.figures(month, null);
        assertThat(town.compounds()).isEqualTo(60);
        assertThat(town.entityBranches()).isEqualTo(new Rate(45, 60));
        assertThat(town.committees()).isEqualTo(new Rate(50, 58));
        assertThat(town.city().entityBranches()).isEqualTo(new Rate(400, 480));
        assertThat(town.city().committees()).isEqualTo(new Rate(420, 470));
    }

    @Test
    @Transactional
    void asOfLastMonthWhatHappenedSinceDoesNotCount() {
        YearMonth october = YearMonth.from(accreditation.currentDate()).minusMonths(1);
        coverage.snapshotIfDue(october, "test");
        login.as("admin");
        DashboardFigures then = dashboard.figures(october, null);
        DashboardFigures now = dashboard.figures(null, null);
        assertThat(then.pairing().activitiesThisMonth()).isEqualTo(jdbc.queryForObject(
                "SELECT COUNT(*) FROM activity WHERE activity_date BETWEEN ? AND ?", Long.class, october.atDay(1),
                october.atEndOfMonth())).isPositive();
        assertThat(then.committees()).isEqualTo(new Rate(438, 500));

        // today a resolved matter is accepted and a city site is revoked
        long matter = jdbc.queryForObject("SELECT MIN(id) FROM matter WHERE state = 'RESOLVED'", Long.class);
        matters.accept(matter, jdbc.queryForObject("SELECT version FROM matter WHERE id = ?", Long.class, matter), "居民代表");
        long site = jdbc.queryForObject("""
                SELECT MIN(id) FROM accr_site WHERE state = 'CURRENT' AND level = 'CITY' AND valid_from <= ?""",
                Long.class, october.atEndOfMonth());
        registry.revoke(site, jdbc.queryForObject("SELECT version FROM accr_site WHERE id = ?", Long.class, site),
                "复核发现测评数据失实");
        em.flush();

        DashboardFigures nowAfter = dashboard.figures(null, null);
        assertThat(nowAfter.pairing().mattersResolved()).isEqualTo(now.pairing().mattersResolved() + 1);
        assertThat(nowAfter.sites(Level.CITY)).isEqualTo(now.sites(Level.CITY) - 1);
        DashboardFigures thenAfter = dashboard.figures(october, null);
        assertThat(thenAfter.pairing().mattersResolved()).isEqualTo(then.pairing().mattersResolved());
        assertThat(thenAfter.pairing().mattersOpen()).isEqualTo(then.pairing().mattersOpen());
        assertThat(thenAfter.sites(Level.CITY)).isEqualTo(then.sites(Level.CITY)).isPositive();
        assertThat(dashboard.areas(october, null).stream().mapToLong(AreaLine::citySites).sum())
                .isEqualTo(then.sites(Level.CITY));
        // drilled down to the site's town, its communities count the site as it stood then, and not now
        long town = jdbc.queryForObject("SELECT town_id FROM accr_site WHERE id = ?", Long.class, site);
        assertThat(dashboard.areas(october, town).stream().mapToLong(AreaLine::citySites).sum())
                .isEqualTo(dashboard.figures(october, town).sites(Level.CITY))
                .isEqualTo(dashboard.areas(null, town).stream().mapToLong(AreaLine::citySites).sum() + 1);
    }

    @Test
    void theMonthlyReportHasASummaryAndOneSheetPerAreaWithPercentages() throws Exception {
        login.as("admin");
        Dashboard d = dashboard.load(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dashboard.writeMonthlyReport(null, null, out, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("汇总", "组织体系", "共驻共建", "示范点创建");
            Sheet summary = book.getSheet("汇总");
            assertThat(summary.getRow(2).getCell(0).getStringCellValue()).isEqualTo("指标");
            assertThat(summary.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(506);
            Row entity = summary.getRow(4);
            assertThat(entity.getCell(0).getStringCellValue()).isEqualTo("实体型党支部覆盖率");
            assertThat(entity.getCell(1).getNumericCellValue()).isCloseTo(466.0 / 506, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(entity.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            Sheet structure = book.getSheet("组织体系");
            assertThat(structure.getRow(2).getCell(0).getStringCellValue()).isEqualTo("地区");
            assertThat(structure.getRow(3).getCell(0).getStringCellValue()).isEqualTo("虞山街道");
            AreaLine yushan = d.areas().getFirst();
            assertThat(structure.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(yushan.compounds());
            assertThat(structure.getRow(3).getCell(3).getNumericCellValue())
                    .isCloseTo(yushan.entityBranches().fraction(), org.assertj.core.data.Offset.offset(1e-9));
            Row total = structure.getRow(3 + 14);
            assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
            assertThat(total.getCell(1).getNumericCellValue()).isEqualTo(506);
            assertThat(total.getCell(8).getNumericCellValue()).isCloseTo(0.876, org.assertj.core.data.Offset.offset(1e-9));
            Sheet pairing = book.getSheet("共驻共建");
            assertThat(pairing.getRow(3 + 14).getCell(5).getNumericCellValue()).isEqualTo(d.figures().pairing().members());
            Sheet sites = book.getSheet("示范点创建");
            Row siteTotal = sites.getRow(3 + 14);
            assertThat(siteTotal.getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(siteTotal.getCell(2).getNumericCellValue()).isEqualTo(5);
            assertThat(siteTotal.getCell(3).getNumericCellValue()).isEqualTo(25);
            assertThat(siteTotal.getCell(4).getNumericCellValue()).isEqualTo(33);
        }
    }

    @Test
    void aCoordinatorsMonthlyReportListsTheirCommunitiesWithTheCityAverage() throws Exception {
        login.as("yushan");
        Dashboard d = dashboard.load(null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        dashboard.writeMonthlyReport(null, null, out, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet summary = book.getSheet("汇总");
            assertThat(summary.getRow(0).getCell(0).getStringCellValue()).contains("虞山街道");
            assertThat(summary.getRow(2).getCell(2).getStringCellValue()).isEqualTo("全市平均");
            assertThat(summary.getRow(4).getCell(2).getNumericCellValue())
                    .isCloseTo(466.0 / 506, org.assertj.core.data.Offset.offset(1e-9));
            Sheet structure = book.getSheet("组织体系");
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(structure)).isEqualTo(3 + d.areas().size());
            assertThat(structure.getRow(3).getCell(0).getStringCellValue()).isEqualTo(d.areas().getFirst().name());
        }
    }
}
