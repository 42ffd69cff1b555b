package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The facade other features call: it answers with the rules of the services behind it. */
class PairingServiceTest extends ServiceTest {

    @Autowired
    PairingService pairing;

    @Test
    void reviewersReachNothingOfPairing() {
        login.as("reviewer3");
        assertThatThrownBy(() -> pairing.listInstitutions(InstitutionFilter.all(), 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.listActivities(ActivityFilter.all(), 0, 10)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.figures(null)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> pairing.activityTypes()).isInstanceOf(ScopeViolationException.class);
    }
}
