package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** Outside the demo there is no default password: the first admin comes from configuration or the start fails. */
@Transactional
class InitialAdminTest extends ServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void withAnAdminPresentNothingIsCreated() {
        long before = repository.count();
        users.ensureCityAdmin("someone", null);
        assertThat(repository.count()).isEqualTo(before);
    }

    @Test
    void withoutAnAdminTheStartIsRefusedUnlessAPasswordIsConfigured() {
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE role = 'CITY_ADMIN'");
        assertThatThrownBy(() -> users.ensureCityAdmin("first", null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("HAITANG_ADMIN_PASSWORD");
        assertThatThrownBy(() -> users.ensureCityAdmin("first", "short"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("at least 10");
        assertThatThrownBy(() -> users.ensureCityAdmin("first", "Password123"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("common password");

        users.ensureCityAdmin("first", "a-long-secret-1");
        UserAccount first = repository.findByUsername("first").orElseThrow();
        assertThat(first.getRole()).isEqualTo(Role.CITY_ADMIN);
        assertThat(first.isEnabled()).isTrue();
        assertThat(first.getPasswordHash()).startsWith("{bcrypt}");
        assertThat(first.isMustChangePassword()).as("the operator's password is changed at the first login").isTrue();
    }
}
