package cn.haitang.console.governance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import org.junit.jupiter.api.Test;

/** The whole city's committee formation, which a coordinator may compare with (added for the dashboard). */
class CommitteeCityAverageTest extends GovernanceServices {

    @Test
    void aCoordinatorGetsTheCityFigureBesideTheirOwnAReviewerNothing() {
        login.as("yushan");
        FormationFigure city = formation.committeeFormationWholeCity();
        assertThat(city.required()).isEqualTo(500);
        assertThat(city.formed()).isEqualTo(438);
        assertThat(formation.committeeFormationCity().required()).isLessThan(500);
        login.as("admin");
        assertThat(formation.committeeFormationWholeCity()).isEqualTo(formation.committeeFormationCity());
        login.as("reviewer1");
        assertThatThrownBy(() -> formation.committeeFormationWholeCity()).isInstanceOf(ScopeViolationException.class);
    }
}
