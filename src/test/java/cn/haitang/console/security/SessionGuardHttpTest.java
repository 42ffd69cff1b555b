package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.Role;
import cn.haitang.console.support.IntegrationTest;
import cn.haitang.console.support.TestLogin;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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

    private HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws IOException, InterruptedException {
        return browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient signedIn(String username) throws IOException, InterruptedException {
        HttpClient browser = browser();
        get(browser, "/login");
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(PASSWORD, StandardCharsets.UTF_8);
        HttpResponse<String> response = browser.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertSignedIn(browser);
        return browser;
    }

    private void assertSignedIn(HttpClient browser) throws IOException, InterruptedException {
        assertThat(get(browser, "/admin/nothing-here-but-signed-in").statusCode()).as("signed in").isNotEqualTo(302);
    }

    private void assertSentToLogin(HttpClient browser) throws IOException, InterruptedException {
        HttpResponse<String> response = get(browser, "/admin/nothing-here-but-signed-in");
        assertThat(response.statusCode()).as("refused").isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/login");
    }

    @Test
    void aDisabledUserLosesBothOpenSessionsAtTheNextRequest() throws Exception {
        String name = fresh("guard-disabled");
        long id = user(name);
        HttpClient first = signedIn(name);
        HttpClient second = signedIn(name);

        login.as("admin");
        users.setEnabled(id, users.get(id).version(), false);

        assertSentToLogin(first);
        assertSentToLogin(second);
    }

    @Test
    void aForcedLogoutEndsOnlyThatSession() throws Exception {
        String name = fresh("guard-forced");
        user(name);
        HttpClient first = signedIn(name);
        HttpClient second = signedIn(name);

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
