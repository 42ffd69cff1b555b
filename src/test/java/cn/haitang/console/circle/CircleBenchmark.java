package cn.haitang.console.circle;

import cn.haitang.console.base.db.Window;
import cn.haitang.console.circle.demo.DemoCircle;
import cn.haitang.console.support.ServiceTest;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed at 10× the demo volume ({@code ./mvnw test -Pbenchmark -Dtest=CircleBenchmark} on a fresh
 * database): 2,910 scenes and 1.2 million person-times in more than 300,000 session records, generated with
 * the demo's own generator. Prints the median of 7 runs of each read; asserts nothing about time.
 */
@Tag("benchmark")
class CircleBenchmark extends ServiceTest {

    @Autowired
    DemoCircle demo;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    CircleFiguresService figures;
    @Autowired
    SceneService scenes;
    @Autowired
    ServiceRecordService records;
    @Autowired
    PositionService positions;

    @Test
    void tenTimesTheDemoVolume() {
        long started = System.currentTimeMillis();
        if (count("scene") < 2_000) {
            demo.generate(new Random(7), LocalDate.now(clock), 9 * DemoCircle.SCENES, 9 * DemoCircle.PERSON_TIMES, 3, false);
        }
        System.out.printf("%nBENCHMARK circle volume: %,d positions, %,d scenes, %,d session records, %,d person-times"
                        + " (generated in %,d ms)%n", count("service_position"), count("scene"), count("service_record"),
                jdbc.queryForObject("SELECT SUM(participants) FROM service_record", Long.class),
                System.currentTimeMillis() - started);
        login.as("admin");
        long yushan = jdbc.queryForObject("SELECT id FROM town WHERE code = 'yushan'", Long.class);
        print("service figures (city)", () -> figures.figures(null, null).personTimesYear());
        print("service figures (one town)", () -> figures.figures(yushan, null).personTimesYear());
        print("breakdown by town", () -> figures.byArea(null, null).size());
        print("breakdown by community of a town", () -> figures.byArea(yushan, null).size());
        print("scenes by type", () -> figures.byType(null).size());
        print("coverage gap list: count", () -> figures.countCoverage(null, true));
        print("coverage gap list page 1", () -> figures.coverage(null, true, PageRequest.of(0, 50)).size());
        print("coverage (all communities): count + page 1 by items", () -> figures.countCoverage(null, false)
                + figures.coverage(null, false, PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "items"))).size());
        print("coverage gap list of one town: count + page 1", () -> figures.countCoverage(yushan, true)
                + figures.coverage(yushan, true, PageRequest.of(0, 50)).size());
        print("scene list: count", () -> scenes.count(SceneFilter.all()));
        print("scene list: page 1", () -> scenes.list(SceneFilter.all(), PageRequest.of(0, 50)).size());
        print("scene list: page 1 by person-times", () -> scenes.list(SceneFilter.all(),
                PageRequest.of(0, 50, Sort.by(Sort.Direction.DESC, "personTimes"))).size());
        print("position list: count + page 1", () -> positions.count(PositionFilter.all())
                + positions.list(PositionFilter.all(), PageRequest.of(0, 50)).size());
        RecordFilter all = RecordFilter.all();
        long total = records.count(all);
        print("session records: count", () -> records.count(all));
        print("session records: page 1", () -> records.list(all, 0, 50).size());
        print("session records: page in the middle (OFFSET " + total / 2 + ")", () -> records.list(all, Window.of(total / 2, 50).sized(total)).size());
        print("session records: page near the end (OFFSET " + (total - 100) + ")", () -> records.list(all, Window.of(total - 100, 50).sized(total)).size());
        login.as("yushan");
        RecordFilter own = RecordFilter.all();
        long ownTotal = records.count(own);
        print("session records as coordinator: page 1", () -> records.list(own, 0, 50).size());
        print("session records as coordinator: page near the end", () -> records.list(own, Window.of(ownTotal - 100, 50).sized(ownTotal)).size());
        print("service figures as coordinator", () -> figures.figures(null, null).personTimesYear());
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    private static void print(String what, Supplier<Object> call) {
        call.get();
        double[] ms = new double[7];
        Object result = null;
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            result = call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        System.out.printf("BENCHMARK %-58s median %8.2f ms  (min %.2f, max %.2f)  → %s%n", what, ms[3], ms[0], ms[6], result);
    }
}
