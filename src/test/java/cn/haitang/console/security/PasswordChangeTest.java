package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Passwords an admin sets are changed at the first login; new passwords are long, personal and uncommon. */
@Transactional
class PasswordChangeTest extends ServiceTest {

    @Autowired
    UserAccountService users;
    @Autowired
    PasswordChangeService passwords;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    PasswordEncoder encoder;
    @Autowired
    UserSessions sessions;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void aNewPasswordIsLongNotTheUserNameAndNotCommon() {
        login.as("admin");
        assertRefused(() -> users.create(new UserForm("zhitang2", "支塘镇协调员", Role.REVIEWER, null, "Abcdef123")),
                "password", "password.error.rules");
        assertRefused(() -> users.create(new UserForm("zhitang2", "支塘镇协调员", Role.REVIEWER, null, "Zhitang2-2026")),
                "password", "password.error.username");
        assertRefused(() -> users.create(new UserForm("zhitang2", "支塘镇协调员", Role.REVIEWER, null, "WoAiNi1314")),
                "password", "password.error.common");
        assertRefused(() -> users.create(new UserForm("zhitang2", "支塘镇协调员", Role.REVIEWER, null, "a1a1a1a1a1a1")),
                "password", "password.error.common");
        assertRefused(() -> users.create(new UserForm("zhitang2", "支塘镇协调员", Role.REVIEWER, null,
                "海棠红幸福里海棠红幸福里海棠红幸福里海棠红幸福里海棠红幸福里1")), "password", "password.error.tooLong");
        assertThat(repository.existsByUsername("zhitang2")).isFalse();

        long id = users.create(new UserForm("zhitang2", "支塘镇协调员", Role.REVIEWER, null, "Osmanthus-lane-42"));
        assertThat(repository.findById(id).orElseThrow().isMustChangePassword()).isTrue();
    }

    @Test
    void theUserReplacesAnAdminSetPasswordAndSignsInAgain() {
        login.as("admin");
        long id = repository.findByUsername("reviewer3").orElseThrow().requireId();
        users.resetPassword(id, "Given-by-admin-1");
        repository.flush();

        login.as("reviewer3");
        assertThat(passwords.mustChangeOwnPassword()).isTrue();
        String session = sessions.open((AppUser) userDetails.loadUserByUsername("reviewer3"), "node-a", "10.0.0.1", null);
        assertRefused(() -> passwords.changeOwnPassword("wrong-one-1", "Rain-on-Yushan-9", "Rain-on-Yushan-9"),
                "current", "password.error.current");
        assertRefused(() -> passwords.changeOwnPassword("Given-by-admin-1", "Given-by-admin-1", "Given-by-admin-1"),
                "password", "password.error.same");
        assertRefused(() -> passwords.changeOwnPassword("Given-by-admin-1", "Rain-on-Yushan-9", "Rain-on-Yushan-8"),
                "repeat", "password.error.repeat");
        assertRefused(() -> passwords.changeOwnPassword("Given-by-admin-1", "reviewer3-abc", "reviewer3-abc"),
                "password", "password.error.username");
        assertThat(passwords.mustChangeOwnPassword()).isTrue();

        passwords.changeOwnPassword("Given-by-admin-1", "Rain-on-Yushan-9", "Rain-on-Yushan-9");
        repository.flush();
        UserAccount account = repository.findById(id).orElseThrow();
        assertThat(encoder.matches("Rain-on-Yushan-9", account.getPasswordHash())).isTrue();
        assertThat(passwords.mustChangeOwnPassword()).isFalse();
        assertThat(sessions.stillValid(session, id)).as("every session of the user ends").isFalse();
    }

    @Test
    void demoUsersKeepTheirPassword() {
        login.as("yushan");
        assertThat(passwords.mustChangeOwnPassword()).isFalse();
        login.logout();
        assertThat(passwords.mustChangeOwnPassword()).isFalse();
    }
}
