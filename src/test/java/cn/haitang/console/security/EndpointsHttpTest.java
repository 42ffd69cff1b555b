package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What an anonymous caller learns from the endpoints, and the headers every page carries. */
@IntegrationTest
class EndpointsHttpTest {

    @LocalServerPort
    int port;

    @Test
    void healthIsTerseForAnonymousCallersAndDetailedForACityAdmin() throws Exception {
        HttpResponse<String> anonymous = new Browser(port).get("/actuator/health");
        assertThat(anonymous.statusCode()).isEqualTo(200);
        assertThat(anonymous.body()).contains("\"status\":\"UP\"")
                .doesNotContain("components", "liquibase", "diskSpace", "path", "changeset");

        Browser admin = new Browser(port).signIn("admin", "demo");
        assertThat(admin.get("/actuator/health").body()).contains("\"components\"", "liquibase", "db");

        Browser reviewer = new Browser(port).signIn("reviewer5", "demo");
        assertThat(reviewer.get("/actuator/health").body()).doesNotContain("components", "liquibase");
    }

    @Test
    void theLoginFormNeedsItsCsrfTokenSoAnotherSiteCannotSignABrowserIn() throws Exception {
        Browser victim = new Browser(port);
        victim.get("/login");
        HttpResponse<String> forged = victim.postLogin("yushan", "demo", null);
        assertRefusedBackToLogin(forged);
        assertThat(victim.get("/").headers().firstValue("Location").orElse("")).as("still signed out")
                .endsWith("/login");

        HttpResponse<String> wrongToken = new Browser(port).postLogin("yushan", "demo", "forged-token");
        assertRefusedBackToLogin(wrongToken);

        HttpResponse<String> real = new Browser(port).postLogin("yushan", "demo");
        assertThat(real.statusCode()).isEqualTo(302);
        assertThat(real.headers().firstValue("Location").orElse("")).doesNotContain("error").doesNotEndWith("/login");
    }

    /** Spring Security refuses the POST before any password check and sends the browser back to the login page. */
    private static void assertRefusedBackToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isIn(302, 403);
        if (response.statusCode() == 302) {
            assertThat(response.headers().firstValue("Location").orElse("")).matches(".*/login(;jsessionid=\\w+)?");
        }
    }

    @Test
    void anEditedUrlThatIsNoRouteGetsTheConsolesPageNotTheBrowsersBare403() throws Exception {
        Browser yushan = new Browser(port).signIn("yushan", "demo");
        for (String path : new String[] {"/coverage/gaps/7", "/admin/users/7", "/nothing/here"}) {
            HttpResponse<String> page = yushan.get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(200);
            assertThat(page.body()).as(path).contains("window.Vaadin");
        }
        // still nothing for a stranger, and no other endpoint opened by it
        HttpResponse<String> anonymous = new Browser(port).get("/coverage/gaps/7");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElse("")).contains("/login");
        assertThat(yushan.get("/actuator/env").statusCode()).isNotEqualTo(200);
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheSessionCookieIsSameSite() throws Exception {
        // the login page and a view are Vaadin's bootstrap HTML, which Spring Security's header writers miss
        assertSecurityHeaders(new Browser(port).get("/login"));
        assertSecurityHeaders(new Browser(port).signIn("yushan", "demo").get("/"));
    }

    private static void assertSecurityHeaders(HttpResponse<String> login) {
        assertThat(login.statusCode()).isEqualTo(200);
        var headers = login.headers();
        assertThat(headers.firstValue("Content-Security-Policy")).hasValueSatisfying(csp -> assertThat(csp)
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"));
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("same-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(p -> assertThat(p).contains("camera=()"));
        assertThat(headers.firstValue("Cache-Control")).hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(headers.firstValue("X-Frame-Options")).contains("DENY");
        assertThat(headers.allValues("Set-Cookie")).filteredOn(c -> c.startsWith("JSESSIONID"))
                .allSatisfy(c -> assertThat(c).contains("SameSite=Lax", "HttpOnly"));
    }
}
