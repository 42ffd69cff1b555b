package cn.haitang.console.pairing;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.pairing.demo.PairingVolume;
import cn.haitang.console.support.ServiceTest;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The shared streaming import and the streaming export at city scale, with the whole JVM's heap capped:
 * {@code ./mvnw test -Pbenchmark -Dtest=ImportBenchmark} on a fresh database: the {@code small-heap} tag puts it in
 * the benchmark profile's own surefire fork whose JVM has {@code -Xmx256m} (pom.xml).
 * Writes a 100,000-row report file (title row, header below it), previews it, imports it (rows/s, peak
 * heap), then brings the table to 400,000 rows with bulk SQL and exports them all. Prints figures;
 * asserts only that the work was done, never its time.
 */
@Tag("benchmark")
@Tag("small-heap")
@TestPropertySource(properties = {
        // as in production: the search index on disk, not in this heap (with the tests' in-memory index 249 of the
        // 256 MB were in use before the import, 206 MB without it); not rebuilt at start, which is not what is
        // measured here (the import's own new people are still indexed after its commit, as in production)
        "spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
        "spring.jpa.properties.hibernate.search.backend.directory.root=target/import-benchmark-index",
        "haitang.search.startup-indexing=off"})
class ImportBenchmark extends ServiceTest {

    private static final int ROWS = 100_000;
    private static final int EXPORT_ROWS = 400_000;

    @Autowired
    ReportImportService imports;
    @Autowired
    ReportingService reporting;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Fixtures fx;

    @Test
    void aHundredThousandRowImportAndAFourHundredThousandRowExportInASmallHeap() throws Exception {
        login.as("admin");
        System.out.printf("%nBENCHMARK max heap of this JVM: %,d MB%n", Runtime.getRuntime().maxMemory() / 1024 / 1024);
        Path file = writeFile();
        System.gc();
        System.out.printf("BENCHMARK heap in use before the import (the application itself): %,d MB%n",
                (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1024 / 1024);
        try {
            System.out.printf("BENCHMARK file: %,d rows, %,d KB%n", ROWS, Files.size(file) / 1024);
            ImportPreview preview = measure("preview of " + ROWS + " rows", ROWS, () -> imports.preview(file));
            System.out.printf("BENCHMARK preview: %,d new, %,d problems%n", preview.count(RowStatus.NEW), preview.problems().size());
            ImportResult result = measure("import of " + ROWS + " rows", ROWS, () -> imports.importFile(file));
            System.out.printf("BENCHMARK import: %,d created, %,d errors%n", result.created(), result.errors().size());
            if (!result.succeeded()) {
                throw new AssertionError(result.errors().subList(0, Math.min(5, result.errors().size())));
            }
            ImportResult again = measure("re-import of the same " + ROWS + " rows (all unchanged)", ROWS,
                    () -> imports.importFile(file));
            System.out.printf("BENCHMARK re-import: %,d created, %,d updated (unchanged rows are not written)%n",
                    again.created(), again.updated());
        } finally {
            Files.deleteIfExists(file);
        }
        long total = jdbc.queryForObject("SELECT COUNT(*) FROM grid_report", Long.class);
        for (int copy = 1; total < EXPORT_ROWS; copy++) {
            // copies of the imported people with other ID numbers (a letter in front keeps them unique)
            jdbc.update("""
                    INSERT INTO grid_report (kind, name, id_number, phone, institution_id, skills, grid_id, compound_id,
                                             community_id, town_id, reported_on, status, version)
                    SELECT kind, name, CONCAT(?, SUBSTRING(id_number, 2)), phone, institution_id, skills, grid_id, compound_id,
                           community_id, town_id, reported_on, status, 0 FROM grid_report WHERE name LIKE '基准%' AND id_number REGEXP '^[0-9]' LIMIT ?""",
                    String.valueOf((char) ('A' + copy)), EXPORT_ROWS - total);
            total = jdbc.queryForObject("SELECT COUNT(*) FROM grid_report", Long.class);
        }
        int exported = measure("export of " + total + " reports", (int) total,
                () -> reporting.export(ReportFilter.all(), OutputStream.nullOutputStream(), java.util.Locale.SIMPLIFIED_CHINESE));
        System.out.printf("BENCHMARK export: %,d rows written%n", exported);
    }

    /** A report file as a town sends it: a title row, the header below it, then the people. Streamed to disk. */
    private Path writeFile() throws Exception {
        List<Object[]> grids = jdbc.query("""
                SELECT t.name, c.name, cp.name, g.name FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id
                JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = g.town_id ORDER BY g.id""",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        String institution = fx.institutionName(fx.pairedInstitutionAndCommunity("yushan")[0]);
        Path file = Files.createTempFile("import-benchmark", ".xlsx");
        try (SXSSFWorkbook book = new SXSSFWorkbook(100); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = book.createSheet("报到人员");
            sheet.createRow(0).createCell(0).setCellValue("常熟市在职党员和志愿者报到名册（2026年）");
            Row header = sheet.createRow(1);
            for (int c = 0; c < ReportImportService.COLUMNS.size(); c++) {
                header.createCell(c).setCellValue(cn.haitang.console.base.i18n.Translations.translate(
                        ReportImportService.COLUMNS.get(c).key(), cn.haitang.console.base.i18n.Translations.CHINESE));
            }
            for (int i = 0; i < ROWS; i++) {
                Row row = sheet.createRow(i + 2);
                Object[] g = grids.get(i % grids.size());
                String[] values = {i % 2 == 0 ? "在职党员" : "志愿者", "基准" + i, PairingVolume.idNumber(8_000_000 + i),
                        "137 " + String.format("%04d %04d", i / 10_000, i % 10_000), i % 2 == 0 ? institution : "", "水电维修",
                        (String) g[0], (String) g[1], (String) g[2], (String) g[3], "2026年5月1日"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(out);
            book.dispose();
        }
        return file;
    }

    /**
     * Runs the work while a sampler reads the whole heap's occupancy every 2 ms: its peak is what the JVM really
     * held at once (never above -Xmx; the sum of the heap pools' own peaks overstates it, they peak at different times).
     */
    private static <T> T measure(String what, int rows, Supplier<T> work) {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        AtomicLong peak = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                LockSupport.parkNanos(2_000_000);
            }
        });
        long start = System.nanoTime();
        T result;
        try {
            result = work.get();
        } finally {
            running.set(false);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try {
            sampler.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        System.gc();
        System.out.printf("BENCHMARK %s: %.1f s = %,.0f rows/s; peak heap in use %,d MB of %,d MB, %,d MB after it%n", what,
                seconds, rows / seconds, peak.get() / 1024 / 1024, Runtime.getRuntime().maxMemory() / 1024 / 1024,
                memory.getHeapMemoryUsage().getUsed() / 1024 / 1024);
        return result;
    }
}
