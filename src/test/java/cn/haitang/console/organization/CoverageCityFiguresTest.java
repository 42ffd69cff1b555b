package cn.haitang.console.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The city totals a coordinator may compare with (added for the dashboard's city average). */
class CoverageCityFiguresTest extends ServiceTest {

    @Autowired
    CoverageService coverage;

    @Test
    void adminsAndCoordinatorsGetTheCityTotalsReviewersDoNot() {
        login.as("admin");
        CoverageFigures asAdmin = coverage.figures(null, null);
        assertThat(coverage.cityFigures(null)).isEqualTo(asAdmin);
        assertThat(asAdmin.compounds()).isEqualTo(506);
        login.as("yushan");
        CoverageFigures asCoordinator = coverage.cityFigures(null);
        assertThat(asCoordinator.compounds()).isEqualTo(506);
        assertThat(asCoordinator.entityRate()).isEqualByComparingTo("92.09");
        assertThat(asCoordinator.townId()).isNull();
        login.as("reviewer3");
        assertThatThrownBy(() -> coverage.cityFigures(null)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void asOfAMonthWithoutASnapshotIsRefusedWithAMessage() {
        login.as("yushan");
        assertThatThrownBy(() -> coverage.cityFigures(YearMonth.of(1999, 1)))
                .isInstanceOf(cn.haitang.console.base.RuleViolationException.class);
    }
}
