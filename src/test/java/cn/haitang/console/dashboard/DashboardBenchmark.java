package cn.haitang.console.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.organization.CoverageService;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.pairing.demo.PairingVolume;
import cn.haitang.console.pairing.ReportLevel;
import cn.haitang.console.pairing.ReportingService;
import cn.haitang.console.support.KaribuTest;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Speed of the dashboard at 10× the demo volume: {@code ./mvnw test -Pbenchmark -Dtest=DashboardBenchmark}
 * on a fresh database. Copies the structure and committees nine more times (INSERT … SELECT) and adds
 * the pairing benchmark's nine more times of reports, activities and matters; then prints, side by side,
 * all figures of the city dashboard computed together with aggregate SQL (the dashboard service) and
 * the same headline figures from loading the entities and counting in Java, and the dashboard view's
 * server-side render time (Karibu). Prints figures; asserts nothing about time.
 */
@Tag("benchmark")
class DashboardBenchmark extends KaribuTest {

    @Autowired
    DashboardService dashboard;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CoverageService coverage;
    @Autowired
    PairingService pairing;
    @Autowired
    ReportingService reporting;
    @Autowired
    MattersService matters;
    @Autowired
    AccreditationService accreditation;
    @PersistenceContext
    EntityManager em;

    @Test
    void cityDashboardAtTenTimesTheDemoVolume() {
        long started = System.currentTimeMillis();
        int copies = cn.haitang.console.organization.StructureVolume.tenTimes(jdbc);
        PairingVolume.tenTimes(context);
        System.out.printf("%nBENCHMARK generated %d more copies of the structure and committees, 9x pairing rows in %,d ms%n",
                copies, System.currentTimeMillis() - started);
        System.out.printf("BENCHMARK volume: %,d compounds, %,d micro-grids, %,d grid groups, %,d central households,"
                        + " %,d committees, %,d reports, %,d matters, %,d activities, %,d sites%n",
                count("compound"), count("micro_grid"), count("grid_group"), count("central_household"),
                count("compound_committee"), count("grid_report"), count("matter"), count("activity"), count("accr_site"));

        login.as("admin");
        DashboardFigures f = dashboard.figures(null, null);
        System.out.printf("BENCHMARK figures at 10x: %,d compounds, entity %s%%, functional %s%%, committees %s%%, grid %s%%,"
                        + " %,d/%,d institutions paired, %,d members, %,d volunteers, %,d matters resolved, sites %d/%d/%d%n",
                f.compounds(), f.entityBranches().percent(), f.functionalBranches().percent(), f.committees().percent(),
                f.gridCoverage().percent(), f.pairing().institutionsPaired(), f.pairing().institutions(),
                f.pairing().members(), f.pairing().volunteers(), f.pairing().mattersResolved(),
                f.sites(cn.haitang.console.accreditation.Level.PROVINCIAL), f.sites(cn.haitang.console.accreditation.Level.SUZHOU),
                f.sites(cn.haitang.console.accreditation.Level.CITY));

        double sql = median("city dashboard, all figures together (aggregate SQL)", 9, () -> {
            Dashboard d = dashboard.load(null, null);
            return d.figures().compounds() + " compounds, " + d.areas().size() + " towns, "
                    + d.mattersPerMonth().size() + " month/state points";
        });
        breakdown();
        long yushan = DashboardFixtures.town(jdbc, "虞山街道");
        median("one town drilled down (aggregate SQL)", 9, () -> dashboard.load(null, yushan).areas().size() + " communities");
        java.time.YearMonth lastMonth = java.time.YearMonth.from(accreditation.currentDate()).minusMonths(1);
        coverage.snapshotIfDue(lastMonth, "benchmark");
        median("city dashboard as of last month (snapshot + month-end counts)", 5,
                () -> dashboard.load(lastMonth, null).figures().pairing().mattersResolved() + " matters resolved then");
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);
        double java = median("same headline figures, loading entities and counting in Java", 3,
                () -> readOnly.execute(s -> countInJava()));
        System.out.printf(Locale.ROOT, "BENCHMARK aggregate SQL is %.1fx faster than loading entities%n", java / sql);

        login.logout();
        double render = renderMedian("dashboard view rendered server-side (Karibu, admin, city)", "admin");
        renderMedian("dashboard view rendered server-side (Karibu, coordinator)", "yushan");
        System.out.printf(Locale.ROOT, "BENCHMARK summary: SQL %.1f ms, entities %.1f ms (%.1fx), view render %.1f ms%n",
                sql, java, java / sql, render);
    }

    /**
     * Opens a session on a light page first (the session's setup would otherwise already build the
     * dashboard at ""), then times only the navigation that constructs and fills the dashboard view.
     */
    private double renderMedian(String what, String user) {
        int runs = 7;
        long[] times = new long[runs + 1];
        for (int i = 0; i <= runs; i++) {
            openAs(user);
            UI.getCurrent().navigate("structure/import");
            long start = System.nanoTime();
            UI.getCurrent().navigate("");
            _get(cn.haitang.console.dashboard.ui.DashboardView.class);
            times[i] = System.nanoTime() - start;
        }
        long[] measured = Arrays.copyOfRange(times, 1, runs + 1);
        Arrays.sort(measured);
        double ms = measured[runs / 2] / 1e6;
        System.out.printf(Locale.ROOT, "BENCHMARK %-64s %9.2f ms  (view construction only, after a warm-up)%n", what, ms);
        return ms;
    }

    /** Each owner's call the city dashboard makes, timed on its own: where the time goes. */
    private void breakdown() {
        median("  of which coverage figures (cards, incl. the committee rate)", 9, () -> coverage.figures(null, null).compounds());
        median("  of which coverage by town (breakdown)", 9, () -> coverage.current(null).towns().size());
        median("  of which pairing figures (cards)", 9, () -> pairing.figures(null).members());
        median("  of which pairing figures by town", 9, () -> pairing.pairingFiguresByTown().size());
        median("  of which reports by town", 9, () -> reporting.countsBy(ReportLevel.TOWN, null).size());
        median("  of which matters per month", 9, () -> matters.perMonth(null, DashboardService.MATTER_MONTHS).size());
        median("  of which current sites", 9, () -> accreditation.currentSiteCounts(null).size());
        median("  of which current sites by town", 9, () -> accreditation.currentSiteCountsByTown().size());
        median("  of which sites due for re-review", 9,
                () -> accreditation.sitesDueForReview(AccreditationService.REVIEW_REMINDER_DAYS).size());
    }

    // ---- the naive way ---------------------------------------------------------------------------------

    /** Loads every entity the headline figures depend on and counts in Java (what the dashboard must beat). */
    private String countInJava() {
        em.clear();
        List<?> compounds = all("Compound");
        List<?> branches = all("PartyBranch");
        List<?> grids = all("MicroGrid");
        List<?> groups = all("GridGroup");
        List<?> households = all("CentralHousehold");
        List<?> committees = all("CompoundCommittee");
        List<?> institutions = all("Institution");
        List<?> pairings = all("Pairing");
        List<?> reports = all("GridReport");
        List<?> matters = all("Matter");
        List<?> sites = all("Site");
        Set<Object> entity = new HashSet<>();
        Set<Object> functional = new HashSet<>();
        for (Object b : branches) {
            (String.valueOf(get(b, "type")).equals("ENTITY") ? entity : functional).add(get(b, "compoundId"));
        }
        Set<Object> withCommittee = new HashSet<>();
        committees.forEach(c -> withCommittee.add(get(c, "compoundId")));
        long required = 0;
        long formed = 0;
        Map<Object, Integer> perTown = new HashMap<>();
        for (Object c : compounds) {
            perTown.merge(get(c, "townId"), 1, Integer::sum);
            if (Boolean.TRUE.equals(get(c, "committeeRequired"))) {
                required++;
                if (withCommittee.contains(get(c, "id"))) {
                    formed++;
                }
            }
        }
        long linked = households.stream().mapToLong(h -> ((Number) get(h, "linkedHouseholds")).longValue()).sum();
        Set<Object> paired = new HashSet<>();
        pairings.stream().filter(p -> String.valueOf(get(p, "status")).equals("ACTIVE"))
                .forEach(p -> paired.add(get(p, "institutionId")));
        long members = 0;
        long volunteers = 0;
        for (Object r : reports) {
            if (String.valueOf(get(r, "status")).equals("ACTIVE")) {
                if (String.valueOf(get(r, "kind")).equals("MEMBER")) {
                    members++;
                } else {
                    volunteers++;
                }
            }
        }
        long resolved = matters.stream().filter(m -> Set.of("ACCEPTED", "CLOSED").contains(String.valueOf(get(m, "state"))))
                .count();
        Map<String, Long> levels = new HashMap<>();
        sites.stream().filter(s -> String.valueOf(get(s, "state")).equals("CURRENT"))
                .forEach(s -> levels.merge(String.valueOf(get(s, "level")), 1L, Long::sum));
        em.clear();
        return compounds.size() + " compounds, entity " + entity.size() + ", functional " + functional.size() + ", grids "
                + groups.size() + "/" + grids.size() + ", committees " + formed + "/" + required + ", linked " + linked
                + ", institutions " + paired.size() + "/" + institutions.size() + ", members " + members + ", volunteers "
                + volunteers + ", resolved " + resolved + ", sites " + levels + ", towns " + perTown.size();
    }

    private List<?> all(String entity) {
        return em.createQuery("SELECT e FROM " + entity + " e", Object.class).getResultList();
    }

    private static Object get(Object entity, String field) {
        for (Class<?> type = entity.getClass(); type != null; type = type.getSuperclass()) {
            try {
                Field f = type.getDeclaredField(field);
                f.setAccessible(true);
                return f.get(entity);
            } catch (NoSuchFieldException e) {
                // look in the superclass
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalArgumentException(entity.getClass() + " has no " + field);
    }

    // ---- generating ------------------------------------------------------------------------------------

    /** Nine more copies of every compound (same community, name ·2 … ·10) with its grids, branches, groups, households and committee. */
    private long count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
    }

    /** Warms up once, then prints and returns the median of the runs in ms. */
    private static double median(String what, int runs, Supplier<Object> call) {
        call.get();
        long[] times = new long[runs];
        Object result = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = call.get();
            times[i] = System.nanoTime() - start;
        }
        Arrays.sort(times);
        double ms = times[runs / 2] / 1e6;
        System.out.printf(Locale.ROOT, "BENCHMARK %-64s %9.2f ms  (%s)%n", what, ms, result);
        return ms;
    }
}
