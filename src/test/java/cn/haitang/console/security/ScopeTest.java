package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import org.junit.jupiter.api.Test;

class ScopeTest {

    private final Scope admin = new Scope(1, "admin", Role.CITY_ADMIN, null);
    private final Scope yushan = new Scope(2, "yushan", Role.STREET_COORDINATOR, 1L);
    private final Scope reviewer = new Scope(3, "reviewer1", Role.REVIEWER, 1L);

    @Test
    void anAdminCoversTheWholeCity() {
        assertThat(admin.covers(1)).isTrue();
        assertThat(admin.covers(14)).isTrue();
        assertThat(admin.townFilter()).isEmpty();
        admin.requireTown(9);
        admin.requireAdmin();
    }

    @Test
    void aCoordinatorCoversOnlyTheirTown() {
        assertThat(yushan.covers(1)).isTrue();
        assertThat(yushan.covers(2)).isFalse();
        assertThat(yushan.townFilter()).contains(1L);
        yushan.requireTown(1);
        assertThatThrownBy(() -> yushan.requireTown(7)).isInstanceOf(ScopeViolationException.class)
                .hasMessageContaining("error.scope.town");
        assertThatThrownBy(yushan::requireAdmin).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aReviewerCoversNoAreaEvenWhenAttachedToATown() {
        assertThat(reviewer.covers(1)).isFalse();
        assertThatThrownBy(reviewer::townFilter).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reviewer.requireTown(1)).isInstanceOf(ScopeViolationException.class);
        reviewer.requireRole(Role.REVIEWER);
        assertThatThrownBy(() -> reviewer.requireRole(Role.CITY_ADMIN, Role.STREET_COORDINATOR))
                .isInstanceOf(ScopeViolationException.class);
    }
}
