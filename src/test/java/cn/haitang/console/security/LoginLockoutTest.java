package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.ServiceTest;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The login rules the form relies on, through the same authentication manager as the login form: BCrypt,
 * the login log, the lock-out after repeated wrong passwords (atomic under parallel attempts), the same
 * answer for unknown user names, and the throttle per client address. Not transactional: each attempt
 * commits, as it does in the app.
 */
class LoginLockoutTest extends ServiceTest {

    @Autowired
    AuthenticationConfiguration configuration;
    @Autowired
    UserAccountService users;
    @Autowired
    JdbcTemplate jdbc;

    private AuthenticationManager authentication;
    private String address;

    @BeforeEach
    void sameAuthenticationAsTheLoginForm() throws Exception {
        authentication = configuration.getAuthenticationManager();
        users.createIfAbsent("locktest", "锁定测试", "Right12345", Role.REVIEWER, null);
        users.createIfAbsent("locktest2", "锁定测试二", "Right12345", Role.REVIEWER, null);
        jdbc.update("UPDATE user_account SET enabled = TRUE WHERE username IN ('locktest', 'locktest2')");
        clearLog();
        address = "192.0.2." + (int) (System.nanoTime() % 200 + 1);
    }

    @AfterEach
    void clearLog() {
        jdbc.update("DELETE FROM login_event WHERE username LIKE 'locktest%' OR username LIKE 'nobody%'"
                + " OR remote_address LIKE '192.0.2.%'");
    }

    private Authentication attempt(String username, String password) {
        return attempt(username, password, address);
    }

    private Authentication attempt(String username, String password, String from) {
        UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(from);
        token.setDetails(new WebAuthenticationDetails((HttpServletRequest) request));
        return authentication.authenticate(token);
    }

    private List<LoginOutcome> log(String username) {
        login.as("admin");
        var log = users.loginLog(new LoginLogFilter(username, null, null, null), PageRequest.of(0, 100)).getContent();
        login.logout();
        return log.stream().filter(e -> e.getUsername().equals(username)).map(LoginEvent::getOutcome).toList();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountEvenForTheRightOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("locktest", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("locktest", "Right12345")).isInstanceOf(LockedException.class);
        assertThat(log("locktest")).containsOnly(LoginOutcome.BAD_CREDENTIALS, LoginOutcome.LOCKED)
                .filteredOn(o -> o == LoginOutcome.BAD_CREDENTIALS).hasSize(5);
    }

    @Test
    void fortyParallelWrongPasswordsCostOnlyFivePasswordChecks() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Object>> tries = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                tries.add(() -> {
                    try {
                        return attempt("locktest", "wrong-" + Thread.currentThread().getId());
                    } catch (RuntimeException e) {
                        return e;
                    }
                });
            }
            for (Future<Object> result : pool.invokeAll(tries)) {
                result.get();
            }
        } finally {
            pool.shutdown();
        }
        List<LoginOutcome> outcomes = log("locktest");
        assertThat(outcomes).hasSize(40);
        assertThat(outcomes).filteredOn(o -> o == LoginOutcome.BAD_CREDENTIALS).hasSize(5);
        assertThat(outcomes).filteredOn(o -> o == LoginOutcome.LOCKED).hasSize(35);
    }

    @Test
    void anUnknownUserNameAnswersLikeAKnownOne() {
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> attempt("nobody-here", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> attempt("nobody-here", "wrong")).isInstanceOf(LockedException.class);
    }

    @Test
    void onePasswordSprayedOverManyAccountsFromOneAddressIsThrottled() {
        for (int i = 0; i < 30; i++) {
            String name = "nobody" + i;
            assertThatThrownBy(() -> attempt(name, "Spring2026!")).isInstanceOf(BadCredentialsException.class);
        }
        // the address is refused now, even with the right password of an account it never tried…
        assertThatThrownBy(() -> attempt("locktest2", "Right12345")).isInstanceOf(LockedException.class);
        // …while the same account signs in from another address
        assertThat(attempt("locktest2", "Right12345", "198.51.100.7").isAuthenticated()).isTrue();
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("locktest", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("locktest", "Right12345").isAuthenticated()).isTrue();
        for (int i = 0; i < 4; i++) {
            assertThatThrownBy(() -> attempt("locktest", "wrong")).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(attempt("locktest", "Right12345").getPrincipal()).isInstanceOf(AppUser.class);
    }

    @Test
    void aDisabledAccountCannotLogInAndOnlyTheRightPasswordLearnsWhy() {
        jdbc.update("UPDATE user_account SET enabled = FALSE WHERE username = 'locktest'");
        assertThatThrownBy(() -> attempt("locktest", "wrong")).isInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> attempt("locktest", "Right12345")).isInstanceOf(DisabledException.class);
    }
}
