package cn.haitang.console.ui;

import cn.haitang.console.organization.StructureVolume;
import cn.haitang.console.pairing.demo.PairingVolume;
import cn.haitang.console.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Opening each view of the side navigation at 10× the demo volume: {@code ./mvnw test -Pbenchmark
 * -Dtest=ViewsBenchmark} on a scratch database. For the city admin, a coordinator and a reviewer, times the server's
 * work from navigation to the first page of every grid filled (Karibu: the view's construction plus the
 * round trip that runs the data providers), median of five after a warm-up (every view opened once by every
 * user first), each time in a fresh session.
 * Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class ViewsBenchmark extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyViewOpensWithItsFirstPageAtTenTimesTheDemoVolume() {
        StructureVolume.tenTimes(jdbc);
        PairingVolume.tenTimes(context);
        System.out.printf("%nBENCHMARK volume: %,d compounds, %,d reports, %,d matters, %,d activities%n",
                count("compound"), count("grid_report"), count("matter"), count("activity"));
        List<Class<?>> views = menuViews();
        // a running server has compiled its code long ago: every view is opened once by every user before any
        // is timed, so the first view timed (the admin's home) does not carry the JIT's warm-up alone
        for (String user : List.of("admin", "yushan", "reviewer1")) {
            for (Class<?> view : views) {
                openAs(user);
                UI.getCurrent().navigate(view.getAnnotation(Route.class).value().replace("/:id?", ""));
                MockVaadin.clientRoundtrip(false);
            }
        }
        for (String user : List.of("admin", "yushan", "reviewer1")) {
            List<double[]> all = new ArrayList<>();
            String worst = "";
            double worstMs = 0;
            for (Class<?> view : views) {
                String route = view.getAnnotation(Route.class).value().replace("/:id?", "");
                double ms = median(user, route, view);
                if (ms < 0) {
                    continue; // not open to this role
                }
                all.add(new double[] {ms});
                if (ms > worstMs) {
                    worstMs = ms;
                    worst = route;
                }
                System.out.printf(Locale.ROOT, "BENCHMARK %-8s %-36s %8.2f ms%n", user, "/" + route, ms);
            }
            double[] sorted = all.stream().mapToDouble(a -> a[0]).sorted().toArray();
            System.out.printf(Locale.ROOT, "BENCHMARK %-8s %d views: median %.2f ms, slowest %.2f ms (/%s)%n", user,
                    sorted.length, sorted[sorted.length / 2], worstMs, worst);
        }
    }

    /** Median ms of opening the route with its first pages, or -1 when the user may not open it. */
    private double median(String user, String route, Class<?> view) {
        int runs = 5;
        long[] times = new long[runs];
        for (int i = -1; i < runs; i++) {
            openAs(user);
            UI.getCurrent().navigate("structure/import");
            MockVaadin.clientRoundtrip(false);
            long start = System.nanoTime();
            UI.getCurrent().navigate(route);
            MockVaadin.clientRoundtrip(false);
            long took = System.nanoTime() - start;
            var shown = UI.getCurrent().getInternals().getActiveRouterTargetsChain();
            if (shown.isEmpty() || !view.isInstance(shown.get(0))) {
                return -1; // refused: the access-denied page is shown instead
            }
            if (i >= 0) {
                times[i] = took;
            }
        }
        Arrays.sort(times);
        return times[runs / 2] / 1e6;
    }

    private static List<Class<?>> menuViews() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        return scanner.findCandidateComponents("cn.haitang.console").stream().<Class<?>>map(d -> {
            try {
                return Class.forName(d.getBeanClassName());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }).filter(c -> c.isAnnotationPresent(Route.class))
                .sorted(Comparator.comparingDouble(c -> c.getAnnotation(Menu.class).order())).toList();
    }

    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }
}
