package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.ServiceTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** The login rules the form relies on: BCrypt, the login log, the lock-out after repeated wrong passwords. */
@Transactional
class LoginLockoutTest extends ServiceTest {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    AuthenticationEventPublisher events;
    @Autowired
    UserAccountService users;

    private ProviderManager authentication;

    @BeforeEach
    void sameAuthenticationAsTheLoginForm() {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(userDetails);
        provider.setPasswordEncoder(passwordEncoder);
        authentication = new ProviderManager(provider);
        authentication.setAuthenticationEventPublisher(events);
        users.createIfAbsent("locktest", "锁定测试", "Right12345", Role.REVIEWER, null);
    }

    private Authentication attempt(String password) {
        return authentication.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("locktest", password));
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("Right12345")).isInstanceOf(LockedException.class);

        login.as("admin");
        var log = users.loginLog(new LoginLogFilter("locktest", null, null, null), PageRequest.of(0, 20)).getContent();
        assertThat(log).extracting(LoginEvent::getOutcome)
                .containsOnly(LoginOutcome.BAD_CREDENTIALS, LoginOutcome.LOCKED)
                .filteredOn(o -> o == LoginOutcome.BAD_CREDENTIALS).hasSize(5);
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("Right12345").isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("Right12345").getPrincipal()).isInstanceOf(AppUser.class);
    }

    @Test
    void aDisabledAccountCannotLogIn() {
        login.as("admin");
        long id = users.list(new UserFilter("locktest", null, null), PageRequest.of(0, 1)).getContent().getFirst().id();
        users.setEnabled(id, users.get(id).version(), false);
        login.logout();
        assertThatThrownBy(() -> attempt("Right12345")).isInstanceOf(DisabledException.class);
    }
}
