package cn.haitang.console.operations;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A browser without a page that speaks Vaadin Flow's own HTTP protocol, as the browser's Flow client does: the
 * login form with Spring's CSRF token, the UI's bootstrap ({@code ?v-r=init}, which hands out the UI id and the
 * Vaadin-Security-Key), and navigation as the router's {@code ui-navigate} event in a UIDL request
 * ({@code ?v-r=uidl}), with the sync and client ids the server expects.
 */
final class VaadinClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private int uiId = -1;
    private String securityKey = "";
    private int syncId;
    private int clientId;
    private int historyIndex;
    private String lastBody = "";

    VaadinClient(String base) {
        this.base = base.endsWith("/") ? base : base + "/";
    }

    /** Sends this client to one server behind the proxy, as the proxy's sticky cookie would after a first answer. */
    VaadinClient pinnedTo(String cookieName, String server) {
        HttpCookie cookie = new HttpCookie(cookieName, server);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
        return this;
    }

    /** The sticky cookie the proxy gave (or the one pinned). */
    String cookie(String name) {
        return cookies.getCookieStore().get(URI.create(base)).stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    /** Posts the login form as the login page does; true when it signed in (not sent back to the login page). */
    boolean signIn(String username, String password) throws IOException, InterruptedException {
        Matcher token = CSRF.matcher(page("login").body());
        if (!token.find()) {
            throw new IllegalStateException("the login page carries no CSRF token");
        }
        String form = "username=" + enc(username) + "&password=" + enc(password) + "&_csrf=" + enc(token.group(1));
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        String location = answer.headers().firstValue("Location").orElse("");
        return answer.statusCode() == 302 && !location.contains("error") && !location.endsWith("/login");
    }

    /** A page load: the bootstrap HTML of the route (a 302 to the login page when signed out). */
    HttpResponse<String> page(String route) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + route))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * Opens the route as a browser does: the page, the UI's bootstrap, then the router's navigation event.
     * Null when the page sent the browser to the login page.
     */
    Uidl open(String route) throws IOException, InterruptedException {
        HttpResponse<String> page = page(route);
        if (page.statusCode() != 200) {
            return null;
        }
        String init = base + "?v-r=init&location=" + enc(route) + "&query="
                + "&v-sh=900&v-sw=1440&v-wh=800&v-ww=1440&v-bh=800&v-bw=1440&v-curdate=" + System.currentTimeMillis()
                + "&v-tzo=-480&v-dstd=0&v-rtzo=-480&v-dston=false&v-tzid=Asia%2FShanghai&v-wn=ROOT-0.1&v-np=http%3A";
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(init)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200 || !answer.headers().firstValue("Content-Type").orElse("").contains("json")) {
            return null;
        }
        JsonNode config = JSON.readTree(answer.body()).path("appConfig");
        JsonNode uidl = config.path("uidl");
        uiId = config.path("v-uiId").asInt();
        securityKey = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        historyIndex = 0;
        return navigate(route);
    }

    /** Navigates the open UI to the route with the router's event, as a click on a link in the console does. */
    Uidl navigate(String route) throws IOException, InterruptedException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("route", route);
        data.put("query", "");
        data.put("appShellTitle", "");
        data.put("historyState", Map.of("idx", historyIndex++));
        data.put("trigger", historyIndex == 1 ? "" : "link");
        return rpc(List.of(Map.of("type", "event", "node", 1, "event", "ui-navigate", "data", data)));
    }

    /** One UIDL request with these RPC invocations. */
    Uidl rpc(List<Map<String, Object>> invocations) throws IOException, InterruptedException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("csrfToken", securityKey);
        body.put("rpc", invocations);
        body.put("syncId", syncId);
        body.put("clientId", clientId);
        lastBody = JSON.writeValueAsString(body);
        return post(lastBody);
    }

    /** The last UIDL request once more, as the browser sends it again when its answer was lost on the way. */
    Uidl repeatLast() throws IOException, InterruptedException {
        return post(lastBody);
    }

    private Uidl post(String payload) throws IOException, InterruptedException {
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(payload)).build(),
                HttpResponse.BodyHandlers.ofString());
        Uidl uidl = new Uidl(answer.statusCode(), answer.body());
        if (uidl.ok()) {
            JsonNode json = uidl.json();
            syncId = json.path("syncId").asInt(syncId);
            clientId = json.path("clientId").asInt(clientId + 1);
        }
        return uidl;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A UIDL answer: fine when the server answered with a sync id and neither an expired session nor an error. */
    record Uidl(int status, String body) {

        JsonNode json() {
            String text = body.startsWith("for(;;);") ? body.substring("for(;;);".length()) : body;
            JsonNode node = JSON.readTree(text);
            return node.isArray() ? node.get(0) : node;
        }

        boolean ok() {
            if (status != 200 || !body.contains("\"syncId\"")) {
                return false;
            }
            JsonNode meta = json().path("meta");
            return !meta.path("sessionExpired").asBoolean(false) && meta.path("appError").isMissingNode();
        }

        boolean sessionExpired() {
            return status == 200 && body.contains("\"sessionExpired\":true");
        }
    }
}
