package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.IntegrationTest;
import cn.haitang.console.support.TestLogin;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * The filter chain for real: two browsers signed in as one user over HTTP; a change made by the admin
 * (through the service, as any node would) refuses both at their next request, with no restart and no
 * new login in between.
 */
@IntegrationTest
class SessionGuardHttpTest {

    private static final String PASSWORD = "Guard-test-2026";

    @LocalServerPort
    int port;
    @Autowired
    UserAccountService users;
    @Autowired
    UserAccountRepository repository;
    @Autowired
    TestLogin login;
    @Autowired
    OnlineUsersService onlineUsers;

    @AfterEach
    void logout() {
        login.logout();
    }

    /** A fresh user for each run (the database may be reused between runs). */
    private static String fresh(String prefix) {
        return prefix + "-" + Long.toString(System.nanoTime(), 36);
    }

    private long user(String username) {
        users.createIfAbsent(username, "会话测试", PASSWORD, Role.REVIEWER, null);
        return repository.findByUsername(username).orElseThrow().requireId();
    }

    private Browser signedIn(String username) throws IOException, InterruptedException {
        Browser browser = new Browser(port).signIn(username, PASSWORD);
        assertSignedIn(browser);
        return browser;
    }

    private void assertSignedIn(Browser browser) throws IOException, InterruptedException {
        assertThat(browser.get("/admin/nothing-here-but-signed-in").statusCode()).as("signed in").isNotEqualTo(302);
    }

    private void assertSentToLogin(Browser browser) throws IOException, InterruptedException {
        HttpResponse<String> response = browser.get("/admin/nothing-here-but-signed-in");
        assertThat(response.statusCode()).as("refused").isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aDisabledUserLosesBothOpenSessionsAtTheNextRequest() throws Exception {
        String name = fresh("guard-disabled");
        long id = user(name);
        Browser first = signedIn(name);
        Browser second = signedIn(name);

        login.as("admin");
        users.setEnabled(id, users.get(id).version(), false);

        assertSentToLogin(first);
        assertSentToLogin(second);
    }

    @Test
    void aForcedLogoutEndsOnlyThatSession() throws Exception {
        String name = fresh("guard-forced");
        user(name);
        Browser first = signedIn(name);
        Browser second = signedIn(name);

        login.as("admin");
        // both are listed in 在线用户, the second browser's first when the newest come first
        var rows = onlineUsers.list(new OnlineSessionFilter(name, null),
                PageRequest.of(0, 10, Sort.by(Sort.Order.desc("startedAt"))));
        assertThat(rows).hasSize(2).allSatisfy(row -> assertThat(row.remoteAddress()).isEqualTo("127.0.0.1"));
        onlineUsers.forceLogout(rows.getFirst().sessionKey());

        assertSentToLogin(second);
        assertSignedIn(first);
    }
}
