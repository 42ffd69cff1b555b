package cn.haitang.console.organization;

import cn.haitang.console.base.demo.DemoNames;
import cn.haitang.console.organization.demo.DemoOrganization;
import cn.haitang.console.support.ServiceTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Speed of the structure at the demo's size and at ten times the city (5,060 compounds, over 50,000
 * micro-grids, over 200,000 central households), generated in bulk into the test database. Prints
 * figures; asserts nothing about time. Run on a fresh database (it leaves the 10× data behind):
 * <pre>
 * mariadb -uroot -e "DROP DATABASE IF EXISTS haitang_bench; CREATE DATABASE haitang_bench CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"
 * DB_URL=jdbc:mariadb://127.0.0.1:3306/haitang_bench DB_USER=root DB_PASSWORD= ./mvnw test -Pbenchmark -Dtest=StructureBenchmark
 * </pre>
 */
@Tag("benchmark")
class StructureBenchmark extends ServiceTest {

    private static final int RUNS = 25;

    @Autowired
    OrganizationService service;
    @Autowired
    CoverageService coverage;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void structureAtOneAndTenTimesTheCity() {
        login.as("admin");
        print("1x", measure());
        long started = System.currentTimeMillis();
        int rows = generateTenTimes();
        long took = System.currentTimeMillis() - started;
        System.out.printf("BENCHMARK generated %,d rows in %,d ms (%,.0f rows/s)%n", rows, took, rows * 1000.0 / took);
        for (String table : List.of("compound", "micro_grid", "party_branch", "grid_group", "central_household")) {
            jdbc.execute("ANALYZE TABLE " + table);
        }
        login.as("admin");
        print("10x", measure());
        Runtime rt = Runtime.getRuntime();
        System.out.printf("BENCHMARK heap used %,d MB of %,d MB max%n", (rt.totalMemory() - rt.freeMemory()) >> 20,
                rt.maxMemory() >> 20);
    }

    private Map<String, Object> measure() {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("compounds", count("compound"));
        m.put("micro-grids", count("micro_grid"));
        m.put("grid groups", count("grid_group"));
        m.put("central households", count("central_household"));
        m.put("tree first level", time(() -> service.children(null, 0, 50)));
        long biggestCommunity = jdbc.queryForObject(
                "SELECT community_id FROM compound GROUP BY community_id ORDER BY COUNT(*) DESC, community_id LIMIT 1", Long.class);
        TreeNode community = service.node(NodeKind.COMMUNITY, biggestCommunity);
        m.put("expand a community (" + community.childCount() + " compounds)", time(() -> service.children(community, 0, 50)));
        long biggestCompound = jdbc.queryForObject(
                "SELECT compound_id FROM grid_group GROUP BY compound_id ORDER BY COUNT(*) DESC, compound_id LIMIT 1", Long.class);
        TreeNode compound = service.node(NodeKind.COMPOUND, biggestCompound);
        m.put("expand a compound", time(() -> service.children(compound, 0, 50)));
        TreeNode branch = service.children(compound, 0, 50).getFirst();
        m.put("expand a branch (" + branch.childCount() + " groups)", time(() -> service.children(branch, 0, 50)));
        int total = service.countCompounds(CompoundFilter.all());
        m.put("compound list count", time(() -> service.countCompounds(CompoundFilter.all())));
        m.put("compound list first page (50)", time(() -> service.compounds(CompoundFilter.all(), PageRequest.of(0, 50))));
        m.put("compound list last page (50)", time(() -> service.compounds(CompoundFilter.all(),
                PageRequest.of((total - 1) / 50, 50))));
        m.put("compound list last page, filtered without entity branch", time(() -> service.compounds(
                new CompoundFilter(null, null, Presence.WITHOUT, Presence.ANY, null), PageRequest.of(3, 50))));
        m.put("city coverage figures (one line)", time(() -> coverage.figures(null, null)));
        m.put("full coverage report (city, towns, communities)", time(() -> coverage.current(null)));
        m.put("search by name", time(() -> service.search("海棠", 30)));
        return m;
    }

    private static void print(String scale, Map<String, Object> figures) {
        figures.forEach((what, value) -> System.out.printf("BENCHMARK %-4s %-55s %s%n", scale, what, value));
    }

    /** Median and max of RUNS calls after five warm-up calls, in milliseconds. */
    private static String time(Supplier<?> call) {
        for (int i = 0; i < 5; i++) {
            call.get();
        }
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            call.get();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        Arrays.sort(ms);
        return String.format("median %.2f ms, max %.2f ms", ms[RUNS / 2], ms[RUNS - 1]);
    }

    private int count(String table) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    }

    /** Nine more copies of every town's compounds, in new communities, with 11 micro-grids each and their organisation. */
    private int generateTenTimes() {
        Random random = new Random(10L);
        long firstNewCompound = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM compound", Long.class);
        long firstNewCommunity = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) + 1 FROM community", Long.class);
        List<Map<String, Object>> communities = jdbc.queryForList("SELECT id, town_id, name FROM community ORDER BY id");
        int before = count("compound") + count("community") + count("micro_grid") + count("party_branch")
                + count("grid_group") + count("central_household") + count("community_party_org");
        for (int copy = 2; copy <= 10; copy++) {
            List<Object[]> rows = new ArrayList<>();
            for (Map<String, Object> c : communities) {
                rows.add(new Object[] {c.get("town_id"), c.get("name") + "·" + copy});
            }
            jdbc.batchUpdate("INSERT INTO community (town_id, name) VALUES (?, ?)", rows);
            int suffix = copy;
            jdbc.update("""
                    INSERT INTO compound (community_id, town_id, name, address, year_built, buildings, households, gated,
                                          management_mode, committee_required, committee_exemption)
                    SELECT nc.id, cp.town_id, CONCAT(cp.name, '·', ?), cp.address, cp.year_built, cp.buildings,
                           cp.households, cp.gated, cp.management_mode, cp.committee_required, cp.committee_exemption
                    FROM compound cp JOIN community oc ON oc.id = cp.community_id
                    JOIN community nc ON nc.town_id = oc.town_id AND nc.name = CONCAT(oc.name, '·', ?)
                    WHERE cp.id < ?""", suffix, suffix, firstNewCompound);
        }
        List<Object[]> grids = new ArrayList<>();
        jdbc.query("SELECT id, town_id, households FROM compound WHERE id >= ? ORDER BY id", rs -> {
            for (int g = 1; g <= 11; g++) {
                grids.add(new Object[] {rs.getLong(1), rs.getLong(2), "第" + g + "网格", DemoNames.person(random),
                        rs.getInt(3) / 11});
            }
        }, firstNewCompound);
        for (int from = 0; from < grids.size(); from += 10_000) {
            jdbc.batchUpdate("INSERT INTO micro_grid (compound_id, town_id, name, grid_worker, households) VALUES (?, ?, ?, ?, ?)",
                    grids.subList(from, Math.min(grids.size(), from + 10_000)));
        }
        int newCompounds = jdbc.queryForObject("SELECT COUNT(*) FROM compound WHERE id >= ?", Integer.class, firstNewCompound);
        DemoOrganization.seed(jdbc, random, Math.round(newCompounds * 0.9209f), 3, 6,
                "SELECT id, town_id, name, year_built FROM compound WHERE id >= " + firstNewCompound + " ORDER BY id",
                "SELECT c.id, c.town_id, c.name, (SELECT COUNT(*) FROM compound cp WHERE cp.community_id = c.id)"
                        + " FROM community c WHERE c.id >= " + firstNewCommunity + " ORDER BY c.id");
        int after = count("compound") + count("community") + count("micro_grid") + count("party_branch")
                + count("grid_group") + count("central_household") + count("community_party_org");
        return after - before;
    }
}
