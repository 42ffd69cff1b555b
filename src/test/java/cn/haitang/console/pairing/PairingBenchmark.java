package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Window;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;

import cn.haitang.console.pairing.demo.PairingVolume;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed at 10× the demo volume: {@code ./mvnw test -Pbenchmark -Dtest=PairingBenchmark} on a fresh
 * database. Generates the extra rows with bulk JDBC, then prints the time of a page of each list at the
 * start and near the end, the board's figures, and a 10,000-row reporting import (rows/s, peak heap).
 * Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class PairingBenchmark extends ServiceTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ActivityService activities;
    @Autowired
    PairingFiguresService figures;
    @Autowired
    ReportingService reporting;
    @Autowired
    ReportImportService reportImport;
    @Autowired
    MattersService matters;
    @Autowired
    Fixtures fx;

    @Test
    void tenTimesTheDemoVolume() throws Exception {
        login.as("admin");
        generate();
        long reports = count("grid_report");
        long matterCount = count("matter");
        long activityCount = count("activity");
        System.out.printf("%nBENCHMARK volume: %,d reports, %,d matters, %,d activities%n", reports, matterCount, activityCount);

        // Reports: offset pages vs keyset pages (what the grid and exports use for deep pages).
        ReportFilter all = ReportFilter.all();
        long reportCount = reporting.count(all);
        long nearEndCursor = jdbc.queryForObject("SELECT id FROM grid_report ORDER BY id LIMIT 1 OFFSET 100", Long.class);
        print("reports: count (whole city)", () -> reporting.count(all));
        print("reports: page 1 (keyset, 50 rows)", () -> reporting.listBefore(all, 0, 50).size());
        print("reports: page near the end (keyset, 50 rows)", () -> reporting.listBefore(all, nearEndCursor, 50).size());
        print("reports: page 1 (OFFSET 0)", () -> reporting.list(all, 0, 50).size());
        print("reports: page near the end (OFFSET " + (reportCount - 100) + ")", () -> reporting.list(all, reportCount - 100, 50).size());
        print("reports: page 1 as the grid reads it", () -> reporting.list(all, Window.of(0, 50).sized(reportCount)).size());
        print("reports: page near the end as the grid reads it (counted, read from the end)",
                () -> reporting.list(all, Window.of(reportCount - 100, 50).sized(reportCount)).size());

        ActivityFilter activityFilter = ActivityFilter.all();
        long activityTotal = activities.countActivities(activityFilter);
        var cursor = jdbc.queryForObject("SELECT activity_date, id FROM activity ORDER BY activity_date, id LIMIT 1 OFFSET 100",
                (rs, n) -> new Object[] {rs.getDate(1).toLocalDate(), rs.getLong(2)});
        print("activities: page 1 (keyset, 50 rows)", () -> activities.listActivitiesAfter(activityFilter, null, 0, 50).size());
        print("activities: page near the end (keyset, 50 rows)",
                () -> activities.listActivitiesAfter(activityFilter, (LocalDate) cursor[0], (Long) cursor[1], 50).size());
        print("activities: page 1 (OFFSET 0)", () -> activities.listActivities(activityFilter, 0, 50).size());
        print("activities: page near the end (OFFSET " + (activityTotal - 100) + ")",
                () -> activities.listActivities(activityFilter, activityTotal - 100, 50).size());
        print("activities: page near the end as the grid reads it (counted, read from the end)",
                () -> activities.listActivities(activityFilter, Window.of(activityTotal - 100, 50).sized(activityTotal)).size());

        MatterFilter matterFilter = MatterFilter.all();
        long matterTotal = matters.count(matterFilter);
        long matterCursor = jdbc.queryForObject("SELECT id FROM matter ORDER BY id LIMIT 1 OFFSET 100", Long.class);
        print("matters: page 1 (keyset, 50 rows)", () -> matters.listBefore(matterFilter, 0, 50).size());
        print("matters: page near the end (keyset, 50 rows)", () -> matters.listBefore(matterFilter, matterCursor, 50).size());
        print("matters: page 1 (OFFSET 0)", () -> matters.list(matterFilter, 0, 50).size());
        print("matters: page near the end (OFFSET " + (matterTotal - 100) + ")",
                () -> matters.list(matterFilter, matterTotal - 100, 50).size());
        print("matters: page near the end as the grid reads it (counted, read from the end)",
                () -> matters.list(matterFilter, Window.of(matterTotal - 100, 50).sized(matterTotal)).size());

        print("board figures (city)", () -> matters.figures(null).published());
        print("board figures (one town)", () -> matters.figures(fx.town("yushan")).published());
        print("board medians by category", () -> matters.mediansByCategory(null).size());
        print("board medians by town", () -> matters.mediansByTown().size());
        print("dashboard figures (city)", () -> figures.figures(null).members());

        login.as("yushan");
        ReportFilter yushan = ReportFilter.all();
        long yushanCursor = jdbc.queryForObject("SELECT id FROM grid_report WHERE town_id = ? ORDER BY id LIMIT 1 OFFSET 100",
                Long.class, fx.town("yushan"));
        print("reports as coordinator: page 1 (keyset)", () -> reporting.listBefore(yushan, 0, 50).size());
        print("reports as coordinator: page near the end (keyset)", () -> reporting.listBefore(yushan, yushanCursor, 50).size());
        long yushanCount = reporting.count(yushan);
        print("reports as coordinator: page 1 as the grid reads it", () -> reporting.list(yushan, Window.of(0, 50).sized(yushanCount)).size());
        print("reports as coordinator: page near the end as the grid reads it",
                () -> reporting.list(yushan, Window.of(yushanCount - 100, 50).sized(yushanCount)).size());

        importTenThousandRows();
    }

    private void importTenThousandRows() throws Exception {
        List<Object[]> grids = jdbc.query("""
                SELECT t.name, c.name, cp.name, g.name FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id
                JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = g.town_id WHERE g.town_id = ? ORDER BY g.id""",
                (rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)}, fx.town("yushan"));
        String institution = fx.institutionName(fx.pairedInstitutionAndCommunity("yushan")[0]);
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.createSheet("报到人员");
            sheet.createRow(0).createCell(0).setCellValue("类型");
            for (int i = 0; i < 10_000; i++) {
                Row row = sheet.createRow(i + 1);
                Object[] g = grids.get(i % grids.size());
                String[] values = {i % 2 == 0 ? "在职党员" : "志愿者", "导入" + i, PairingVolume.idNumber(9_000_000 + i),
                        "135" + String.format("%08d", i), i % 2 == 0 ? institution : "", "水电维修", (String) g[0], (String) g[1],
                        (String) g[2], (String) g[3], "2026-05-01"};
                for (int c = 0; c < values.length; c++) {
                    row.createCell(c).setCellValue(values[c]);
                }
            }
            book.write(out);
            file = out.toByteArray();
        }
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        ImportResult result = reportImport.importWorkbook(new ByteArrayInputStream(file));
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.out.printf("BENCHMARK import of 10,000 rows (%,d KB file): %d created, %d errors in %.1f s = %,.0f rows/s;"
                        + " peak heap %,d MB (sum of heap pools' peaks)%n", file.length / 1024, result.created(),
                result.errors().size(), seconds, 10_000 / seconds, peak / 1024 / 1024);
        start = System.nanoTime();
        ImportResult again = reportImport.importWorkbook(new ByteArrayInputStream(file));
        seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("BENCHMARK re-import of the same 10,000 rows: %d updated, %d created in %.1f s = %,.0f rows/s%n",
                again.updated(), again.created(), seconds, 10_000 / seconds);
    }

    private void generate() {
        long started = System.currentTimeMillis();
        if (!PairingVolume.tenTimes(context)) {
            System.out.println("BENCHMARK volume already present: not generating again");
            return;
        }
        System.out.printf("%nBENCHMARK generated 9x extra rows with bulk JDBC in %,d ms%n", System.currentTimeMillis() - started);
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Warms up once, then prints the median of seven runs in ms. */
    private static void print(String what, Supplier<Object> call) {
        call.get();
        long[] runs = new long[7];
        Object result = null;
        for (int i = 0; i < runs.length; i++) {
            long start = System.nanoTime();
            result = call.get();
            runs[i] = System.nanoTime() - start;
        }
        java.util.Arrays.sort(runs);
        System.out.printf(Locale.ROOT, "BENCHMARK %-60s %8.2f ms  (%s)%n", what, runs[3] / 1e6, result);
    }
}
