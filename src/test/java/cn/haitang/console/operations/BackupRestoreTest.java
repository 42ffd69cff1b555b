package cn.haitang.console.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.haitang.console.Application;
import cn.haitang.console.dashboard.AreaLine;
import cn.haitang.console.dashboard.DashboardFigures;
import cn.haitang.console.dashboard.DashboardService;
import cn.haitang.console.support.IntegrationTest;
import cn.haitang.console.support.TestLogin;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's "Backups and restore", done: the demo database is dumped with {@code mariadb-dump} and the
 * README's flags, restored with the {@code mariadb} client into a fresh database, and the production
 * configuration (no demo data) starts on it: Liquibase applies nothing, every table has its rows, the
 * triggers that keep the tallies are there, and the dashboard shows the same figures.
 */
@IntegrationTest
@org.junit.jupiter.api.Tag("own-jvm")
class BackupRestoreTest {

    /** The flags the README gives for the nightly dump. */
    static final List<String> DUMP_FLAGS = List.of("--single-transaction", "--routines", "--triggers", "--events",
            "--hex-blob");
    private static final Pattern JDBC_URL = Pattern.compile("jdbc:mariadb://([^:/]+)(?::(\\d+))?/([^?]+).*");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Environment environment;
    @Autowired
    DashboardService dashboard;
    @Autowired
    TestLogin login;

    @TempDir
    Path dir;

    @Test
    void aDumpRestoredIntoAFreshDatabaseStartsTheAppWithTheSameFigures() throws Exception {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        assumeTrue(ci || onPath("mariadb-dump"), "mariadb-dump is not installed (under CI=true it is required)");

        Server server = server();
        String restored = server.database() + "_restored";
        login.as("admin");
        DashboardFigures figures = dashboard.figures(null, null);
        List<AreaLine> areas = dashboard.areas(null, null);
        login.logout();
        Map<String, Long> rows = rowCounts(jdbc, server.database());
        Integer changesets = jdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class);

        Path dump = dir.resolve("haitang.sql");
        List<String> command = new ArrayList<>(List.of("mariadb-dump"));
        command.addAll(server.clientArgs());
        command.addAll(DUMP_FLAGS);
        command.add(server.database());
        run(server.client(command).redirectOutput(dump.toFile()));
        assertThat(Files.size(dump)).as("dump size").isGreaterThan(100_000);

        jdbc.execute("DROP DATABASE IF EXISTS " + restored);
        jdbc.execute("CREATE DATABASE " + restored + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        List<String> restore = new ArrayList<>(List.of("mariadb"));
        restore.addAll(server.clientArgs());
        restore.add(restored);
        run(server.client(restore).redirectInput(dump.toFile()));

        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .profiles("test") // the test settings (in-memory search index), not the demo data
                // arguments, as an operator would: they outrank DB_URL in the environment
                .run("--spring.datasource.url=" + server.jdbcUrl(restored),
                        "--spring.datasource.username=" + server.user(),
                        "--spring.datasource.password=" + server.password(),
                        "--server.port=0",
                        "--haitang.search.startup-indexing=off")) {
            JdbcTemplate restoredJdbc = app.getBean(JdbcTemplate.class);
            assertThat(restoredJdbc.queryForObject("SELECT DATABASE()", String.class)).isEqualTo(restored);
            assertThat(restoredJdbc.queryForObject("SELECT COUNT(*) FROM DATABASECHANGELOG", Integer.class))
                    .as("Liquibase applied nothing on the restored database").isEqualTo(changesets);
            assertThat(rowCounts(restoredJdbc, restored)).as("rows per table").isEqualTo(rows);
            assertThat(triggers(restoredJdbc, restored)).as("the tally triggers came along")
                    .isEqualTo(triggers(jdbc, server.database())).isNotEmpty();

            TestLogin restoredLogin = app.getBean(TestLogin.class);
            DashboardService restoredDashboard = app.getBean(DashboardService.class);
            restoredLogin.as("admin");
            try {
                assertThat(restoredDashboard.figures(null, null)).isEqualTo(figures);
                assertThat(restoredDashboard.areas(null, null)).isEqualTo(areas);
            } finally {
                restoredLogin.logout();
            }

            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + port + "/actuator/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).as("the restored node's health").contains("\"status\":\"UP\"");
        } finally {
            jdbc.execute("DROP DATABASE IF EXISTS " + restored);
        }
    }

    private static Map<String, Long> rowCounts(JdbcTemplate jdbc, String schema) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : jdbc.queryForList("SELECT table_name FROM information_schema.tables WHERE table_schema = ?"
                + " AND table_type = 'BASE TABLE'", String.class, schema)) {
            if (!table.equalsIgnoreCase("DATABASECHANGELOGLOCK")) {
                counts.put(table, jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "`", Long.class));
            }
        }
        return counts;
    }

    private static List<String> triggers(JdbcTemplate jdbc, String schema) {
        return jdbc.queryForList("SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = ?"
                + " ORDER BY trigger_name", String.class, schema);
    }

    private Server server() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Matcher url = JDBC_URL.matcher(connection.getMetaData().getURL());
            assertThat(url.matches()).as(connection.getMetaData().getURL()).isTrue();
            return new Server(url.group(1), url.group(2) == null ? 3306 : Integer.parseInt(url.group(2)),
                    url.group(3), connection.getMetaData().getUserName(),
                    environment.getProperty("spring.datasource.password", ""));
        }
    }

    private static void run(ProcessBuilder process) throws IOException, InterruptedException {
        Path errors = Files.createTempFile("mariadb-client", ".err");
        try {
            Process started = process.redirectError(errors.toFile()).start();
            assertThat(started.waitFor(2, TimeUnit.MINUTES)).as(process.command() + " finished").isTrue();
            assertThat(started.exitValue()).as(process.command().getFirst() + ": " + Files.readString(errors))
                    .isZero();
        } finally {
            Files.deleteIfExists(errors);
        }
    }

    private static boolean onPath(String binary) {
        for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(folder, binary))) {
                return true;
            }
        }
        return false;
    }

    private record Server(String host, int port, String database, String user, String password) {

        List<String> clientArgs() {
            List<String> args = new ArrayList<>(List.of("--host=" + host, "--port=" + port, "--user=" + user,
                    "--protocol=TCP"));
            return args;
        }

        /** The client command, given the password as the environment (not the command line). */
        ProcessBuilder client(List<String> command) {
            ProcessBuilder process = new ProcessBuilder(command);
            process.environment().put("MYSQL_PWD", password);
            return process;
        }

        String jdbcUrl(String other) {
            return "jdbc:mariadb://" + host + ":" + port + "/" + other;
        }
    }
}
