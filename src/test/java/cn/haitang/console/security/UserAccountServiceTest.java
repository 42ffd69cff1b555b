package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.support.ServiceTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

@Transactional
class UserAccountServiceTest extends ServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TownDirectory towns;
    @Autowired
    PasswordEncoder passwordEncoder;

    private long town(String code) {
        return towns.allTowns().stream().filter(t -> t.code().equals(code)).findFirst().orElseThrow().id();
    }

    private long idOf(String username) {
        return repository.findByUsername(username).orElseThrow().requireId();
    }

    @Test
    void adminCreatesACoordinatorWithAHashedPassword() {
        login.as("admin");
        long id = users.create(new UserForm("haiyu2", "海虞镇协调员", Role.STREET_COORDINATOR, town("haiyu"), "Changshu2026"));
        UserRow row = users.get(id);
        assertThat(row.townName()).isEqualTo("海虞镇");
        assertThat(row.enabled()).isTrue();
        String hash = repository.findById(id).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("Changshu2026", hash)).isTrue();
        assertThat(users.list(new UserFilter("haiyu2", null, null), PageRequest.of(0, 10))).extracting(UserRow::username)
                .containsExactly("haiyu2");
    }

    @Test
    void badInputIsRefusedAtTheFieldThatCausedIt() {
        login.as("admin");
        assertField(() -> users.create(new UserForm("1x", "名", Role.REVIEWER, null, "abcdefg1")), "username");
        assertField(() -> users.create(new UserForm("yushan", "名", Role.REVIEWER, null, "abcdefg1")), "username");
        assertField(() -> users.create(new UserForm("newone", " ", Role.REVIEWER, null, "abcdefg1")), "displayName");
        assertField(() -> users.create(new UserForm("newone", "名", null, null, "abcdefg1")), "role");
        assertField(() -> users.create(new UserForm("newone", "名", Role.STREET_COORDINATOR, null, "abcdefg1")), "townId");
        assertField(() -> users.create(new UserForm("newone", "名", Role.STREET_COORDINATOR, 999_999L, "abcdefg1")), "townId");
        assertField(() -> users.create(new UserForm("newone", "名", Role.REVIEWER, null, "short1")), "password");
        assertField(() -> users.create(new UserForm("newone", "名", Role.REVIEWER, null, "onlyletters")), "password");
        assertThat(repository.existsByUsername("newone")).isFalse();
    }

    @Test
    void aCityAdminHasNoTownEvenWhenOneIsSent() {
        login.as("admin");
        long id = users.create(new UserForm("admin2", "第二管理员", Role.CITY_ADMIN, town("meili"), "Changshu2026"));
        assertThat(users.get(id).townId()).isNull();
    }

    @Test
    void coordinatorsAndReviewersCannotManageUsersNorMakeThemselvesAdmin() {
        login.as("yushan");
        long yushan = idOf("yushan");
        UserRow self = new UserRow(yushan, 0, "yushan", "虞山", Role.STREET_COORDINATOR, null, null, true, null);
        assertThatThrownBy(() -> users.update(yushan, self.version(),
                new UserForm("yushan", "虞山", Role.CITY_ADMIN, null, null))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> users.list(UserFilter.none(), PageRequest.of(0, 10))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> users.get(idOf("meili"))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> users.create(new UserForm("sneaky", "名", Role.CITY_ADMIN, null, "abcdefg12")))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> users.resetPassword(idOf("admin"), "abcdefg12")).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> users.setEnabled(idOf("meili"), 0, false)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> users.loginLog(LoginLogFilter.none(), PageRequest.of(0, 10)))
                .isInstanceOf(ScopeViolationException.class);
        assertThat(repository.findByUsername("yushan").orElseThrow().getRole()).isEqualTo(Role.STREET_COORDINATOR);

        login.as("reviewer3");
        assertThatThrownBy(() -> users.list(UserFilter.none(), PageRequest.of(0, 10))).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void anAdminCannotChangeTheirOwnRoleNorDisableThemselves() {
        login.as("admin");
        long admin = idOf("admin");
        long version = users.get(admin).version();
        assertField(() -> users.update(admin, version, new UserForm("admin", "管理员", Role.REVIEWER, null, null)), "role");
        assertThatThrownBy(() -> users.setEnabled(admin, version, false)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("user.error.disableSelf");
    }

    @Test
    void theLastEnabledAdminCannotBeDisabledOrDemoted() {
        login.as("admin");
        long other = users.create(new UserForm("admin3", "另一位管理员", Role.CITY_ADMIN, null, "Changshu2026"));
        // admin3 disables the demo admin: allowed while another admin remains
        login.as("admin3");
        long admin = idOf("admin");
        users.setEnabled(admin, users.get(admin).version(), false);
        repository.flush();
        // now admin3 is the last one: nobody can demote them (they cannot change their own role anyway)
        assertThat(repository.countByRoleAndEnabledTrue(Role.CITY_ADMIN)).isEqualTo(1);
        assertThatThrownBy(() -> users.update(other, users.get(other).version(),
                new UserForm("admin3", "另一位管理员", Role.REVIEWER, null, null))).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void aStaleEditIsRefused() {
        login.as("admin");
        long meili = idOf("meili");
        UserRow seen = users.get(meili);
        users.update(meili, seen.version(), new UserForm("meili", "梅李镇协调员（新）", Role.STREET_COORDINATOR, seen.townId(), null));
        repository.flush();
        assertThatThrownBy(() -> users.update(meili, seen.version(),
                new UserForm("meili", "覆盖别人的修改", Role.STREET_COORDINATOR, seen.townId(), null)))
                .isInstanceOf(StaleEditException.class);
        assertThat(users.get(meili).displayName()).isEqualTo("梅李镇协调员（新）");
    }

    @Test
    void aResetPasswordReplacesTheOldOne() {
        login.as("admin");
        long reviewer = idOf("reviewer4");
        users.resetPassword(reviewer, "NewSecret123");
        String hash = repository.findById(reviewer).orElseThrow().getPasswordHash();
        assertThat(passwordEncoder.matches("NewSecret123", hash)).isTrue();
        assertThat(passwordEncoder.matches("demo", hash)).isFalse();
        assertField(() -> users.resetPassword(reviewer, "123"), "password");
    }

    @Test
    void everyUserChoosesTheirOwnLanguage() {
        login.as("reviewer5");
        assertThat(users.preferredLocale()).isEmpty();
        users.changeOwnLocale(Locale.ENGLISH);
        assertThat(users.preferredLocale()).contains(Locale.ENGLISH);
    }

    private static void assertField(Runnable call, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.getField()).isEqualTo(field));
    }
}
