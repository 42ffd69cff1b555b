package cn.haitang.console.organization.demo;

import cn.haitang.console.base.demo.DemoNames;
import cn.haitang.console.organization.CoverageService;
import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation: a party committee or general branch for every community, a functional branch
 * in all 506 compounds and an entity branch in exactly 466 of them (92.09%), grid party groups on most
 * micro-grids and thousands of party-member central households. Deterministic and loaded once, in bulk.
 */
@Component
@Profile("demo")
@Order(30)
public class DemoOrganization implements ApplicationRunner {

    public static final int ENTITY_BRANCHES = 466;
    private static final Logger log = LoggerFactory.getLogger(DemoOrganization.class);
    private static final String[] UNITS = {"1单元", "2单元", "3单元", "4单元"};

    private final JdbcTemplate jdbc;
    private final CoverageService coverage;
    private final java.time.Clock clock;

    DemoOrganization(JdbcTemplate jdbc, CoverageService coverage, java.time.Clock clock) {
        this.jdbc = jdbc;
        this.coverage = coverage;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("SELECT COUNT(*) FROM party_branch", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        long started = System.currentTimeMillis();
        Random random = new Random(20241002L);
        seed(jdbc, random, ENTITY_BRANCHES, 1, 3, "SELECT id, town_id, name, year_built FROM compound ORDER BY id",
                "SELECT c.id, c.town_id, c.name, (SELECT COUNT(*) FROM compound cp WHERE cp.community_id = c.id)"
                        + " FROM community c ORDER BY c.id");
        // This month's snapshot, as the monthly job would take it: real figures, taken at loading time.
        coverage.snapshotIfDue(YearMonth.now(clock), "demo");
        log.info("Demo organisation: {} community orgs, {} branches, {} grid groups, {} central households in {} ms",
                count("community_party_org"), count("party_branch"), count("grid_group"), count("central_household"),
                System.currentTimeMillis() - started);
    }

    /**
     * Seeds the four tiers for the compounds and communities the two queries return (also used by the
     * benchmark's 10× generator). Exactly {@code entityBranches} of the compounds get an entity branch;
     * the ones left without are chosen at random among the compounds, 义庄公寓 (open, self-managed) included.
     */
    public static void seed(JdbcTemplate jdbc, Random random, int entityBranches, int minHouseholds, int maxHouseholds,
                            String compoundQuery, String communityQuery) {
        List<Object[]> orgs = new ArrayList<>();
        jdbc.query(communityQuery, rs -> {
            boolean committee = rs.getInt(4) >= 6;
            String name = rs.getString(3) + (committee ? "党委" : "党总支");
            orgs.add(new Object[] {rs.getLong(1), rs.getLong(2), committee ? "COMMITTEE" : "GENERAL_BRANCH", name,
                    DemoNames.person(random), committee ? 60 + random.nextInt(140) : 25 + random.nextInt(40)});
        });
        jdbc.batchUpdate("INSERT INTO community_party_org (community_id, town_id, kind, name, secretary, members_count)"
                + " VALUES (?, ?, ?, ?, ?, ?)", orgs);

        List<long[]> compounds = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        Map<Long, Integer> years = new HashMap<>();
        jdbc.query(compoundQuery, rs -> {
            compounds.add(new long[] {rs.getLong(1), rs.getLong(2)});
            names.put(rs.getLong(1), rs.getString(3));
            years.put(rs.getLong(1), rs.getInt(4));
        });
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < compounds.size(); i++) {
            order.add(i);
        }
        Collections.shuffle(order, random);
        Set<Long> withoutEntity = new HashSet<>();
        for (int i = 0; i < compounds.size() - entityBranches; i++) {
            withoutEntity.add(compounds.get(order.get(i))[0]);
        }
        // 义庄公寓: an open 1990s compound, self-managed: its functional branch is all it has.
        names.forEach((id, name) -> {
            if ("义庄公寓".equals(name) && !withoutEntity.contains(id) && !withoutEntity.isEmpty()) {
                Long swap = withoutEntity.iterator().next();
                withoutEntity.remove(swap);
                withoutEntity.add(id);
            }
        });
        List<Object[]> branchRows = new ArrayList<>();
        for (long[] c : compounds) {
            String name = names.get(c[0]);
            int year = Math.max(2016, Math.min(2024, years.get(c[0]) + 5));
            branchRows.add(new Object[] {c[0], c[1], "FUNCTIONAL", name + "功能型党支部", DemoNames.person(random),
                    8 + random.nextInt(30), Date.valueOf(LocalDate.of(2019 + random.nextInt(5), 1 + random.nextInt(12),
                    1 + random.nextInt(28)))});
            if (!withoutEntity.contains(c[0])) {
                branchRows.add(new Object[] {c[0], c[1], "ENTITY", name + "党支部", DemoNames.person(random),
                        5 + random.nextInt(40), Date.valueOf(LocalDate.of(year, 1 + random.nextInt(12),
                        1 + random.nextInt(28)))});
            }
        }
        jdbc.batchUpdate("INSERT INTO party_branch (compound_id, town_id, branch_type, name, secretary, members_count,"
                + " formed_on) VALUES (?, ?, ?, ?, ?, ?, ?)", branchRows);

        // Grid groups: about nine in ten micro-grids, under the entity branch where there is one.
        Map<Long, Long> branchOf = new HashMap<>();
        jdbc.query("SELECT b.compound_id, b.id FROM party_branch b JOIN (" + compoundQuery.replace("ORDER BY id", "")
                + ") c ON c.id = b.compound_id ORDER BY b.compound_id, b.branch_type DESC", rs -> {
            branchOf.put(rs.getLong(1), rs.getLong(2));
        });
        List<Object[]> groupRows = new ArrayList<>();
        jdbc.query("SELECT m.id, m.compound_id, m.town_id, m.name FROM micro_grid m JOIN ("
                + compoundQuery.replace("ORDER BY id", "") + ") c ON c.id = m.compound_id ORDER BY m.id", rs -> {
            if (random.nextInt(100) < 90) {
                groupRows.add(new Object[] {branchOf.get(rs.getLong(2)), rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getString(4) + "党小组", DemoNames.person(random), 3 + random.nextInt(10)});
            }
        });
        jdbc.batchUpdate("INSERT INTO grid_group (branch_id, micro_grid_id, compound_id, town_id, name, leader,"
                + " members_count) VALUES (?, ?, ?, ?, ?, ?, ?)", groupRows);

        // Central households: one to three per grid group in the demo, each linking 8 to 20 neighbouring households.
        List<Object[]> householdRows = new ArrayList<>();
        jdbc.query("SELECT g.id, g.compound_id, g.town_id FROM grid_group g JOIN ("
                + compoundQuery.replace("ORDER BY id", "") + ") c ON c.id = g.compound_id ORDER BY g.id", rs -> {
            int n = minHouseholds + random.nextInt(maxHouseholds - minHouseholds + 1);
            Set<String> used = new HashSet<>();
            for (int i = 0; i < n; i++) {
                String person = DemoNames.person(random);
                if (!used.add(person)) {
                    continue;
                }
                householdRows.add(new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), person,
                        DemoNames.mobile(random), (1 + random.nextInt(30)) + "幢" + UNITS[random.nextInt(UNITS.length)],
                        8 + random.nextInt(13)});
            }
        });
        for (int from = 0; from < householdRows.size(); from += 5000) {
            jdbc.batchUpdate("INSERT INTO central_household (grid_group_id, compound_id, town_id, member_name, phone,"
                    + " building_unit, linked_households) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    householdRows.subList(from, Math.min(householdRows.size(), from + 5000)));
        }
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
