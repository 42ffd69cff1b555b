package cn.haitang.console.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.support.ServiceTest;
import java.math.BigDecimal;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

class CoverageServiceTest extends ServiceTest {

    @Autowired
    CoverageService coverage;
    @Autowired
    RegionService region;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theCityShowsThePublishedFigures() {
        login.as("admin");
        CoverageFigures city = coverage.figures(null, null);
        assertThat(city.compounds()).isEqualTo(506);
        assertThat(city.entityBranches()).isEqualTo(466);
        assertThat(city.entityRate()).isEqualByComparingTo(new BigDecimal("92.09"));
        assertThat(city.functionalRate()).isEqualByComparingTo(new BigDecimal("100.00"));
        assertThat(city.gridGroups()).isGreaterThan(3000).isLessThan(city.microGrids());
        assertThat(city.centralHouseholds()).isGreaterThan(3000);

        CoverageReport report = coverage.current(null);
        assertThat(report.total().compounds()).isEqualTo(506);
        assertThat(report.total().entityRate()).isEqualByComparingTo(new BigDecimal("92.09"));
        assertThat(report.towns()).hasSize(14);
        assertThat(report.towns().stream().mapToInt(CoverageFigures::compounds).sum()).isEqualTo(506);
        assertThat(report.communities().stream().mapToInt(CoverageFigures::entityBranches).sum()).isEqualTo(466);
        assertThat(report.communities()).allSatisfy(c -> assertThat(c.name()).isNotBlank());
    }

    @Test
    void gapListsHoldExactlyTheCompoundsMissingARate() {
        login.as("admin");
        assertThat(coverage.countGaps(GapKind.ENTITY_BRANCH, null, null)).isEqualTo(40);
        assertThat(coverage.countGaps(GapKind.FUNCTIONAL_BRANCH, null, null)).isZero();
        assertThat(coverage.gaps(GapKind.ENTITY_BRANCH, null, null, PageRequest.of(0, 100)))
                .hasSize(40).extracting(GapRow::compoundName).contains("义庄公寓");
        assertThat(coverage.countGaps(GapKind.GRID_COVERAGE, null, null)).isPositive();
    }

    @Test
    void aCoordinatorSeesOnlyTheirTown() {
        login.as("yushan");
        long yushan = region.townsInScope().getFirst().id();
        CoverageReport report = coverage.current(null);
        assertThat(report.total().refId()).isEqualTo(yushan);
        assertThat(report.total().compounds()).isEqualTo(80);
        assertThat(report.towns()).hasSize(1);
        assertThat(report.communities()).allSatisfy(c -> assertThat(c.townId()).isEqualTo(yushan));
        assertThat(coverage.gaps(GapKind.ENTITY_BRANCH, null, null, PageRequest.of(0, 100)))
                .allSatisfy(g -> assertThat(g.townName()).isEqualTo("虞山街道"));
        assertThat(coverage.figures(null, yushan).compounds()).isEqualTo(80);
    }

    @Test
    void aCoordinatorIsRefusedOtherTownsAndTheCity() {
        login.as("yushan");
        long meili = meili();
        assertThatThrownBy(() -> coverage.current(meili)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> coverage.figures(null, null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> coverage.figures(null, meili)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> coverage.gaps(GapKind.ENTITY_BRANCH, meili, null, PageRequest.of(0, 10)))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> coverage.countGaps(GapKind.ENTITY_BRANCH, meili, null))
                .isInstanceOf(RuleViolationException.class);
        long meiliCommunity = jdbc.queryForObject("SELECT MIN(id) FROM community WHERE town_id = ?", Long.class, meili);
        assertThatThrownBy(() -> coverage.countGaps(GapKind.ENTITY_BRANCH, null, meiliCommunity))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> coverage.asOf(YearMonth.now(), meili)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void reviewersSeeNoFigures() {
        login.as("reviewer3");
        assertThatThrownBy(() -> coverage.current(null)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> coverage.snapshotMonths()).isInstanceOf(RuleViolationException.class);
    }

    @Test
    @Transactional
    void aMonthlySnapshotIsTakenOnceAndReadBackAsOfItsMonth() {
        YearMonth month = YearMonth.of(2001, 1);
        assertThat(coverage.snapshotIfDue(month, "node-a")).isTrue();
        assertThat(coverage.snapshotIfDue(month, "node-b")).as("a second node finds the lock taken").isFalse();
        // A change after the snapshot does not change the figures as of that month.
        jdbc.update("DELETE FROM central_household WHERE id = (SELECT id FROM (SELECT MIN(id) AS id FROM central_household) x)");
        login.as("admin");
        CoverageReport then = coverage.asOf(month, null);
        assertThat(then.total().compounds()).isEqualTo(506);
        assertThat(then.total().entityRate()).isEqualByComparingTo(new BigDecimal("92.09"));
        assertThat(then.total().centralHouseholds()).isEqualTo(coverage.figures(null, null).centralHouseholds() + 1);
        assertThat(then.towns()).hasSize(14);
        assertThat(then.takenAt()).isNotNull();
        assertThat(coverage.figures(month, null).centralHouseholds()).isEqualTo(then.total().centralHouseholds());
        assertThat(coverage.snapshotMonths()).contains(month);
        login.as("yushan");
        assertThat(coverage.asOf(month, null).total().compounds()).isEqualTo(80);
        assertThat(coverage.asOf(month, null).communities()).allSatisfy(c -> assertThat(c.townId()).isEqualTo(then.towns()
                .stream().filter(t -> t.name().equals("虞山街道")).findFirst().orElseThrow().refId()));
    }

    @Test
    void aMonthWithoutSnapshotIsReportedAsSuch() {
        login.as("admin");
        assertThatThrownBy(() -> coverage.asOf(YearMonth.of(1999, 1), null)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("coverage.error.noSnapshot");
    }

    private long meili() {
        return jdbc.queryForObject("SELECT id FROM town WHERE code = 'meili'", Long.class);
    }
}
