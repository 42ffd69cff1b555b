package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The whole city's committee formation, which a coordinator may compare with (added for the dashboard). */
class CommitteeCityAverageTest extends ServiceTest {

    @Autowired
    GovernanceService governance;

    @Test
    void aCoordinatorGetsTheCityFigureBesideTheirOwnAReviewerNothing() {
        login.as("yushan");
        FormationFigure city = governance.committeeFormationWholeCity();
        assertThat(city.required()).isEqualTo(500);
        assertThat(city.formed()).isEqualTo(438);
        assertThat(governance.committeeFormationCity().required()).isLessThan(500);
        login.as("admin");
        assertThat(governance.committeeFormationWholeCity()).isEqualTo(governance.committeeFormationCity());
        login.as("reviewer1");
        assertThatThrownBy(() -> governance.committeeFormationWholeCity()).isInstanceOf(ScopeViolationException.class);
    }
}
