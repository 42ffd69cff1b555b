package cn.haitang.console.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's "several nodes", for real: two production jars on one MariaDB behind HAProxy (Debian's package)
 * with sticky sessions. Not in the default run: {@code ./mvnw -Pproduction package -DskipTests} then
 * {@code ./mvnw test -Ptwo-nodes} (README). Node A loads the demo data once; then A and B start on it with
 * both scheduled jobs every three seconds, and a proxy in front of them.
 */
@Tag("two-nodes")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?/.*");
    private static final String STICKY = "HAITANG_NODE";

    private static final Path WORK = Path.of("target/two-nodes");
    private static String jdbcUrl;
    private static String user;
    private static String password;
    private static Node a;
    private static Node b;
    private static Process proxy;
    private static String proxyUrl;
    private static long noticeApplication;

    @BeforeAll
    static void startTwoNodesBehindAProxy() throws Exception {
        Path jar = Path.of(System.getProperty("haitang.jar", "target/haitang-console-0.1.0-SNAPSHOT.jar"));
        assertThat(jar).as("the production jar: ./mvnw -Pproduction package -DskipTests").exists();
        assertThat(Path.of("/usr/sbin/haproxy")).as("HAProxy: apt-get install -y haproxy").exists();
        Files.createDirectories(WORK);

        Matcher server = JDBC_URL.matcher(System.getenv().getOrDefault("DB_URL", "jdbc:mariadb://127.0.0.1:3306/x"));
        assertThat(server.matches()).isTrue();
        String root = "jdbc:mariadb://" + server.group(1) + ":" + (server.group(2) == null ? "3306" : server.group(2));
        String database = System.getProperty("haitang.two-nodes.db", "haitang_two_nodes");
        user = System.getenv().getOrDefault("DB_USER", "root");
        password = System.getenv().getOrDefault("DB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(root + "/", user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
        jdbcUrl = root + "/" + database;

        // the demo data, loaded once by one node with the jobs off
        Node loader = Node.start(jar, "loader", freePort(), "demo", "-");
        loader.awaitUp();
        loader.stop();

        // a month without its snapshot and a 公示 that ended yesterday: work for the jobs of both nodes
        YearMonth month = YearMonth.now(CHINA);
        sql("DELETE r FROM coverage_snapshot_rate r JOIN coverage_snapshot s ON s.id = r.snapshot_id"
                + " WHERE s.snapshot_month = ?", month.toString());
        sql("DELETE FROM coverage_snapshot WHERE snapshot_month = ?", month.toString());
        sql("DELETE FROM job_lock WHERE job_name = 'coverage-snapshot' AND period = ?", month.toString());
        noticeApplication = query("""
                SELECT a.id FROM accr_application a WHERE a.state = 'IN_NOTICE' AND NOT EXISTS (SELECT 1 FROM
                accr_objection o WHERE o.application_id = a.id AND o.state = 'OPEN') ORDER BY a.id LIMIT 1""");
        sql("UPDATE accr_application SET notice_to = ? WHERE id = ?", LocalDate.now(CHINA).minusDays(1),
                noticeApplication);

        a = Node.start(jar, "node-a", freePort(), "", "*/3 * * * * *");
        b = Node.start(jar, "node-b", freePort(), "", "*/3 * * * * *");
        a.awaitUp();
        b.awaitUp();

        int port = freePort();
        Path config = WORK.resolve("haproxy.cfg");
        Files.writeString(config, """
                global
                    maxconn 2000
                defaults
                    mode http
                    option redispatch
                    retries 2
                    timeout connect 2s
                    timeout client 60s
                    timeout server 60s
                frontend web
                    bind 127.0.0.1:%d
                    default_backend nodes
                backend nodes
                    balance roundrobin
                    cookie %s insert indirect nocache httponly
                    option httpchk GET /actuator/health
                    http-check expect status 200
                    server a 127.0.0.1:%d check inter 1s fall 2 rise 2 cookie a
                    server b 127.0.0.1:%d check inter 1s fall 2 rise 2 cookie b
                """.formatted(port, STICKY, a.port, b.port));
        proxy = new ProcessBuilder("/usr/sbin/haproxy", "-f", config.toString(), "-db")
                .redirectErrorStream(true).redirectOutput(WORK.resolve("haproxy.log").toFile()).start();
        proxyUrl = "http://127.0.0.1:" + port + "/";
        await("the proxy answers", Duration.ofSeconds(30), () -> healthy(proxyUrl));
    }

    @AfterAll
    static void stopAll() {
        if (proxy != null) {
            proxy.destroy();
        }
        for (Node node : new Node[] {a, b}) {
            if (node != null) {
                node.stop();
            }
        }
    }

    @Test
    @Order(1)
    void theStickyProxySpreadsNewSessionsOverBothNodesAndKeepsEachOnItsNode() throws Exception {
        List<String> servers = new ArrayList<>();
        for (String username : List.of("reviewer1", "reviewer2")) {
            VaadinClient client = new VaadinClient(proxyUrl);
            client.page("login");
            String server = client.cookie(STICKY);
            assertThat(client.signIn(username, "demo")).as(username).isTrue();
            for (int i = 0; i < 3; i++) {
                assertThat(client.open("").ok()).as(username + " works on " + server).isTrue();
                assertThat(client.cookie(STICKY)).as("stays on its node").isEqualTo(server);
            }
            servers.add(server);
        }
        assertThat(servers).containsExactlyInAnyOrder("a", "b");
    }

    @Test
    @Order(2)
    void theMonthlySnapshotAndThePublicityJobRunOnceAcrossBothNodes() throws Exception {
        String month = YearMonth.now(CHINA).toString();
        await("the snapshot of " + month, Duration.ofSeconds(60),
                () -> query("SELECT COUNT(*) FROM job_lock WHERE job_name = 'coverage-snapshot' AND period = ?", month) == 1);
        await("the ended 公示 closed", Duration.ofSeconds(60),
                () -> query("SELECT COUNT(*) FROM accr_site WHERE application_id = ?", noticeApplication) > 0);
        Thread.sleep(10_000); // three more runs of both jobs on both nodes

        assertThat(query("SELECT COUNT(*) FROM accr_site WHERE application_id = ?", noticeApplication))
                .as("one certificate for the application").isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM accr_event WHERE application_id = ? AND step = 'ACCREDIT'",
                noticeApplication)).as("one accreditation step on record").isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM (SELECT 1 FROM coverage_snapshot WHERE snapshot_month = ?"
                + " GROUP BY scope_level, ref_id HAVING COUNT(*) > 1) d", month)).as("no line twice").isZero();
        long lines = query("SELECT COUNT(*) FROM coverage_snapshot WHERE snapshot_month = ?", month);
        assertThat(lines).isGreaterThan(100);
        String taken = "Coverage snapshot " + month + " taken by";
        assertThat(a.log().split(taken, -1).length - 1 + b.log().split(taken, -1).length - 1)
                .as("one node took the snapshot").isEqualTo(1);
        assertThat(a.log() + b.log()).doesNotContain("Coverage snapshot failed");
        assertThat(a.log() + b.log()).as("the nodes met at the lease").contains("another node holds the lease");
    }

    @Test
    @Order(3)
    void aLockOutCausedOnNodeAHoldsOnNodeB() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(new VaadinClient(proxyUrl).pinnedTo(STICKY, "a").signIn("reviewer4", "wrong" + i)).isFalse();
        }
        VaadinClient onB = new VaadinClient(proxyUrl).pinnedTo(STICKY, "b");
        assertThat(onB.signIn("reviewer4", "demo")).as("the right password on node B, locked out on A").isFalse();
        assertThat(query("SELECT COUNT(*) FROM login_event WHERE username = 'reviewer4' AND outcome = 'LOCKED'"))
                .as("refused as locked, not for the password").isEqualTo(1);
    }

    @Test
    @Order(4)
    void aUserDisabledOnNodeALosesTheSessionTheyHoldOnNodeB() throws Exception {
        VaadinClient meili = new VaadinClient(proxyUrl).pinnedTo(STICKY, "b");
        assertThat(meili.signIn("meili", "demo")).isTrue();
        assertThat(meili.open("").ok()).as("meili works on node B").isTrue();
        assertThat(meili.navigate("compounds").ok()).as("and navigates there").isTrue();

        disableInTheBrowser("http://localhost:" + a.port + "/", "meili");
        assertThat(query("SELECT COUNT(*) FROM user_account WHERE username = 'meili' AND enabled = FALSE")).isEqualTo(1);

        VaadinClient.Uidl next = meili.navigate("");
        assertThat(next.ok()).as("meili's next click on node B").isFalse();
        assertThat(meili.cookie(STICKY)).isEqualTo("b");
        assertThat(meili.page("").headers().firstValue("Location").orElse("")).as("a reload leads to the login")
                .endsWith("/login");
        assertThat(b.log()).contains("Session of meili ended");
    }

    @Test
    @Order(5)
    void aUserKeepsWorkingWhenTheOtherNodeStops() throws Exception {
        VaadinClient yushan = new VaadinClient(proxyUrl).pinnedTo(STICKY, "a");
        assertThat(yushan.signIn("yushan", "demo")).isTrue();
        assertThat(yushan.open("").ok()).isTrue();
        VaadinClient onB = new VaadinClient(proxyUrl).pinnedTo(STICKY, "b");
        assertThat(onB.signIn("reviewer3", "demo")).isTrue();
        assertThat(onB.open("").ok()).isTrue();

        b.stop();
        for (int i = 0; i < 5; i++) {
            assertThat(yushan.navigate(i % 2 == 0 ? "compounds" : "").ok()).as("yushan's click " + i + " on node A")
                    .isTrue();
        }
        // what a user of the stopped node sees: the proxy sends them to node A, which has no session of theirs
        HttpResponse<String> page = onB.page("");
        assertThat(page.headers().firstValue("Location").orElse("")).as("reviewer3 signs in again on A")
                .endsWith("/login");
        assertThat(onB.signIn("reviewer3", "demo")).isTrue();
        assertThat(onB.open("").ok()).isTrue();
        assertThat(onB.cookie(STICKY)).isEqualTo("a");
    }

    /** A city admin on node A disables the user in 用户管理 with a real browser (Chromium). */
    private static void disableInTheBrowser(String nodeA, String username) throws IOException {
        Path profile = Files.createTempDirectory("haitang-two-nodes-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).usingAnyFreePort().build(), options);
        try {
            WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(40));
            wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
            driver.get(nodeA + "login");
            wait.until(d -> !d.findElements(By.cssSelector("vaadin-login-form vaadin-text-field input")).isEmpty());
            driver.findElement(By.cssSelector("vaadin-login-form vaadin-text-field input")).sendKeys("admin");
            driver.findElement(By.cssSelector("vaadin-login-form vaadin-password-field input"))
                    .sendKeys("demo", Keys.ENTER);
            wait.until(d -> !d.getCurrentUrl().contains("login"));
            driver.get(nodeA + "admin/users");
            WebElement search = wait.until(d -> d.findElements(By.cssSelector("vaadin-text-field input")).stream()
                    .filter(e -> "搜索用户名或姓名".equals(e.getDomAttribute("placeholder"))).findFirst().orElse(null));
            search.sendKeys(username);
            // the row's 停用 button (icon only, labelled), then the confirmation's 停用
            WebElement disable = wait.until(d -> {
                List<WebElement> buttons = d.findElements(By.cssSelector("vaadin-grid vaadin-button[aria-label='停用']"));
                // the phone card column carries the same buttons, hidden: take the shown one once the search narrowed
                List<WebElement> shown = buttons.stream().filter(WebElement::isDisplayed).toList();
                return shown.size() == 1 ? shown.getFirst() : null;
            });
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", disable);
            WebElement confirm = wait.until(d -> d.findElements(By.cssSelector("vaadin-confirm-dialog-overlay vaadin-button, vaadin-confirm-dialog vaadin-button"))
                    .stream().filter(e -> "停用".equals(String.valueOf(e.getDomProperty("textContent")).trim()))
                    .findFirst().orElse(null));
            ((JavascriptExecutor) driver).executeScript("arguments[0].click();", confirm);
            wait.until(d -> {
                try {
                    return query("SELECT COUNT(*) FROM user_account WHERE username = ? AND enabled = FALSE",
                            username) == 1;
                } catch (SQLException e) {
                    return false;
                }
            });
        } finally {
            driver.quit();
        }
    }

    private static boolean healthy(String base) {
        try {
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(base + "actuator/health")).timeout(Duration.ofSeconds(3)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return health.statusCode() == 200 && health.body().contains("UP");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    interface Check {
        boolean holds() throws Exception;
    }

    private static void await(String what, Duration timeout, Check check) throws Exception {
        long end = System.nanoTime() + timeout.toNanos();
        while (!check.holds()) {
            assertThat(System.nanoTime()).as("waited for " + what).isLessThan(end);
            Thread.sleep(500);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void sql(String statement, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             var s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            s.executeUpdate();
        }
    }

    private static long query(String statement, Object... args) throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, user, password);
             var s = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                s.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** One production jar in its own process. */
    private record Node(String name, int port, Process process, Path logFile) {

        static Node start(Path jar, String name, int port, String profile, String cron) throws IOException {
            Path log = WORK.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx512m", "-Duser.timezone=Asia/Shanghai", "-jar", jar.toAbsolutePath().toString(),
                    "--haitang.coverage.snapshot-cron=" + cron, "--haitang.accreditation.job-cron=" + cron,
                    "--logging.level.cn.haitang.console.accreditation.AccreditationJobs=debug")
                    .redirectErrorStream(true).redirectOutput(log.toFile());
            Map<String, String> env = builder.environment();
            env.put("DB_URL", jdbcUrl);
            env.put("DB_USER", user);
            env.put("DB_PASSWORD", password);
            env.put("PORT", String.valueOf(port));
            env.put("HAITANG_NODE_NAME", name);
            env.put("HAITANG_SEARCH_DIR", WORK.resolve("search-" + name).toAbsolutePath().toString());
            env.put("SPRING_PROFILES_ACTIVE", profile);
            return new Node(name, port, builder.start(), log);
        }

        void awaitUp() throws Exception {
            await(name + " up", Duration.ofMinutes(4), () -> {
                assertThat(process.isAlive()).as(name + " is running (see " + logFile + ")").isTrue();
                return healthy("http://127.0.0.1:" + port + "/");
            });
        }

        String log() throws IOException {
            return Files.readString(logFile);
        }

        void stop() {
            process.destroy();
            try {
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
