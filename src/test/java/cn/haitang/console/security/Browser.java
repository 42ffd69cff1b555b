package cn.haitang.console.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser without a page: its own cookies, no redirects followed, the login form posted as a browser does. */
final class Browser {

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final int port;

    Browser(int port) {
        this.port = port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** Posts the login form with the CSRF token of the login page, as the page's form does. */
    HttpResponse<String> postLogin(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(get("/login").body());
        assertThat(token.find()).as("the login page carries the CSRF token").isTrue();
        return postLogin(username, password, token.group(1));
    }

    /** Posts the login form with the given CSRF token (none when null): the answer's redirect says whether it worked. */
    HttpResponse<String> postLogin(String username, String password, String csrfToken)
            throws IOException, InterruptedException {
        String form = "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8)
                + (csrfToken == null ? "" : "&_csrf=" + URLEncoder.encode(csrfToken, StandardCharsets.UTF_8));
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    Browser signIn(String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> response = postLogin(username, password);
        assertThat(response.headers().firstValue("Location").orElse("")).as("login of " + username)
                .doesNotContain("error");
        return this;
    }
}
