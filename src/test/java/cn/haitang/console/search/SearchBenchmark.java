package cn.haitang.console.search;

import cn.haitang.console.base.search.Searchable;
import cn.haitang.console.organization.StructureVolume;
import cn.haitang.console.pairing.demo.PairingVolume;
import cn.haitang.console.support.ServiceTest;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The search box at 10× the demo volume: {@code ./mvnw test -Pbenchmark -Dtest=SearchBenchmark} on a
 * scratch database. Generates the structure and pairing volume (bulk SQL, like a restored dump), rebuilds
 * the index as a start would (time, heap after GC before and after), then times typical queries — Chinese
 * words and fragments, full pinyin, initials, one character — as the city admin and as a coordinator.
 * Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class SearchBenchmark extends ServiceTest {

    @Autowired
    SearchService search;
    @Autowired
    SearchIndexer indexer;
    @Autowired
    SearchMapping mapping;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void searchAtTenTimesTheDemoVolume() {
        long started = System.currentTimeMillis();
        StructureVolume.tenTimes(jdbc);
        PairingVolume.tenTimes(context);
        System.out.printf("%nBENCHMARK generated 10x volume in %,d ms: %,d compounds, %,d micro-grids, %,d branches,"
                        + " %,d grid groups, %,d central households, %,d reports, %,d matters%n",
                System.currentTimeMillis() - started, count("compound"), count("micro_grid"), count("party_branch"),
                count("grid_group"), count("central_household"), count("grid_report"), count("matter"));

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long heapBefore = heapAfterGc(memory);
        long indexing = System.currentTimeMillis();
        // every searchable rebuilt from its table (purged first), whether or not an earlier run left it whole
        for (Searchable searchable : mapping.searchables()) {
            indexer.rebuild(searchable.entity());
        }
        long indexed = System.currentTimeMillis() - indexing;
        long heapAfter = heapAfterGc(memory);
        System.out.printf(Locale.ROOT, "BENCHMARK indexing the whole 10x data set: %,d ms; heap after GC %,d MB before,"
                + " %,d MB after (%+,d MB for the index in memory)%n", indexed, heapBefore >> 20, heapAfter >> 20,
                (heapAfter - heapBefore) >> 20);

        List<String> queries = List.of("义庄公寓", "义庄", "庄公", "张坝", "花园", "苑", "yzgy", "yizhuang", "zhangba", "hy",
                "huayuan", "李", "wang", "社区", "第1网格");
        for (String user : List.of("admin", "yushan")) { // a running server is warm: JIT and the index's caches
            login.as(user);
            for (int round = 0; round < 5; round++) {
                queries.forEach(q -> search.search(q, SearchService.PER_KIND));
            }
        }
        List<Double> medians = new ArrayList<>();
        for (String user : List.of("admin", "yushan")) {
            login.as(user);
            for (String q : queries) {
                medians.add(median(user + " \"" + q + "\"", q));
            }
        }
        double[] all = medians.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf(Locale.ROOT, "BENCHMARK search over %d queries: median of medians %.2f ms, worst median %.2f ms%n",
                all.length, all[all.length / 2], all[all.length - 1]);
    }

    private double median(String what, String query) {
        search.search(query, SearchService.PER_KIND);
        int runs = 21;
        long[] times = new long[runs];
        SearchResults last = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = search.search(query, SearchService.PER_KIND);
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double ms = times[runs / 2] / 1e6;
        System.out.printf(Locale.ROOT, "BENCHMARK search %-28s median %7.2f ms, p90 %7.2f ms  (%,d hits in %d groups)%n",
                what, ms, times[runs * 9 / 10] / 1e6, last.total(), last.groups().size());
        return ms;
    }

    private static long heapAfterGc(MemoryMXBean memory) {
        System.gc();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
