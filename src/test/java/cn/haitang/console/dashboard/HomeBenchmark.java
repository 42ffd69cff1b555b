package cn.haitang.console.dashboard;

import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.inbox.InboxContribution;
import cn.haitang.console.inbox.InboxService;
import cn.haitang.console.organization.StructureVolume;
import cn.haitang.console.pairing.demo.PairingVolume;
import cn.haitang.console.support.KaribuTest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Where the home page's server time goes at 10× the demo volume ({@code ./mvnw test -Pbenchmark
 * -Dtest=HomeBenchmark}, the same scratch database as {@code ViewsBenchmark}): for the city admin and a
 * coordinator, each piece the page computes, timed on its own — the dashboard's figures, breakdown and
 * matters chart, each feature's section, each inbox contribution (the shell computes the inbox after every
 * navigation, so it is part of every view's time). Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class HomeBenchmark extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DashboardService dashboard;
    @Autowired
    InboxService inbox;
    @Autowired
    List<DashboardSection> sections;
    @Autowired
    List<InboxContribution> contributions;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void eachPieceOfTheHomePageAtTenTimesTheDemoVolume() {
        StructureVolume.tenTimes(jdbc);
        PairingVolume.tenTimes(context);
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        for (String user : List.of("admin", "yushan")) {
            login.as(user);
            median(user, "dashboard: figures (cards)", () -> dashboard.figures(null, null).compounds());
            median(user, "dashboard: breakdown by area", () -> dashboard.areas(null, null).size());
            median(user, "dashboard: whole load (figures, breakdown, matters chart)",
                    () -> dashboard.load(null, null).areas().size());
            for (DashboardSection section : sections) {
                median(user, "section " + section.titleKey(), () -> section.figures(null,
                        user.equals("admin") ? null : dashboard.figures(null, null).townId(), Locale.SIMPLIFIED_CHINESE)
                        .cards().size());
            }
            median(user, "dashboard: all sections", () -> dashboard.sections(null, null, Locale.SIMPLIFIED_CHINESE).size());
            for (InboxContribution c : contributions) {
                median(user, "inbox " + c.getClass().getSimpleName().replaceAll("\\$\\$.*", ""),
                        () -> readOnly.execute(s -> c.items(LocalDate.now()).size()));
            }
            median(user, "inbox: all contributions", () -> inbox.inbox().count());
            login.logout();
        }
    }

    /** Warms up once, then prints the median of seven runs in ms. */
    private static void median(String user, String what, Supplier<Object> call) {
        call.get();
        int runs = 7;
        long[] times = new long[runs];
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = call.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        System.out.printf(Locale.ROOT, "BENCHMARK %-7s %-60s %8.2f ms  (%s)%n", user, what, times[runs / 2] / 1e6, result);
    }
}
