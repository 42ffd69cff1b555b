package cn.haitang.console.governance;

import cn.haitang.console.support.ServiceTest;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prints how long the governance figures and lists take at the demo volume (1×) and at 10× the city
 * (5,060 compounds with their committees, members, surveys, fees and disputes). Not a timed assertion.
 * Run: {@code ./mvnw test -Pbenchmark -Dtest=GovernanceBenchmark}. The 10× rows are rolled back.
 */
@Tag("benchmark")
@Transactional
class GovernanceBenchmark extends ServiceTest {

    @Autowired
    GovernanceService governance;
    @Autowired
    CommitteeService committees;
    @Autowired
    DisputeService disputes;
    @Autowired
    FormationService formation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void figuresAndListsAt1xAnd10x() {
        login.as("admin");
        measure("1x");
        long started = System.currentTimeMillis();
        int rows = generateTenTimes();
        long ms = System.currentTimeMillis() - started;
        System.out.printf("BENCH generated %d rows for 10x in %d ms (%.0f rows/s)%n", rows, ms, rows * 1000.0 / ms);
        measure("10x");
    }

    private void measure(String scale) {
        System.out.printf("BENCH %s compounds=%d committees=%d members=%d surveys=%d fees=%d disputes=%d%n", scale,
                count("compound"), count("compound_committee"), count("committee_member"), count("satisfaction_survey"),
                count("fee_period"), count("property_dispute"));
        time(scale, "committeeFormationCity", formation::committeeFormationCity);
        time(scale, "committeeFormationByTown", formation::committeeFormationByTown);
        long yushan = formation.committeeFormationByTown().getFirst().id();
        time(scale, "committeeFormationByCommunity(yushan)", () -> formation.committeeFormationByCommunity(yushan));
        int gaps = formation.countFormationGaps(new GapFilter(null, null));
        time(scale, "formationGaps page 1", () -> formation.formationGaps(new GapFilter(null, null), PageRequest.of(0, 50)));
        time(scale, "formationGaps last page", () -> formation.formationGaps(new GapFilter(null, null),
                PageRequest.of(Math.max(0, (gaps - 1) / 50), 50)));
        int committeeCount = committees.countCommittees(new CommitteeFilter(null, null, null));
        time(scale, "committees page 1", () -> committees.committees(new CommitteeFilter(null, null, null),
                PageRequest.of(0, 50)));
        time(scale, "committees last page", () -> committees.committees(new CommitteeFilter(null, null, null),
                PageRequest.of((committeeCount - 1) / 50, 50)));
        int disputeCount = disputes.countDisputes(new DisputeFilter(null, null, null, null));
        time(scale, "disputes page 1", () -> disputes.disputes(new DisputeFilter(null, null, null, null),
                PageRequest.of(0, 50)));
        time(scale, "disputes last page", () -> disputes.disputes(new DisputeFilter(null, null, null, null),
                PageRequest.of((disputeCount - 1) / 50, 50)));
        time(scale, "latestPropertyFigures(city)", () -> governance.latestPropertyFiguresOfTown(null));
        time(scale, "compoundsWithOpenSeriousDispute(city)", () -> governance.compoundsWithOpenSeriousDispute(null));
        Runtime rt = Runtime.getRuntime();
        System.out.printf("BENCH %s heap used %d MB%n", scale, (rt.totalMemory() - rt.freeMemory()) / 1024 / 1024);
    }

    private void time(String scale, String what, Supplier<?> call) {
        for (int i = 0; i < 3; i++) {
            call.get();
        }
        int runs = 10;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            call.get();
        }
        System.out.printf("BENCH %s %-40s %8.2f ms%n", scale, what, (System.nanoTime() - start) / 1e6 / runs);
    }

    /** Nine more copies of each compound (same community), with committees, members, surveys, fees, disputes. */
    private int generateTenTimes() {
        Random random = new Random(7);
        List<Map<String, Object>> compounds = jdbc.queryForList(
                "SELECT id, community_id, town_id, name, committee_required FROM compound ORDER BY id");
        List<Object[]> rows = new ArrayList<>();
        for (int copy = 2; copy <= 10; copy++) {
            for (Map<String, Object> c : compounds) {
                rows.add(new Object[] {c.get("community_id"), c.get("town_id"), c.get("name") + "·" + copy, "测试路1号",
                        2000, 10, 400, true, "PROPERTY_COMPANY", c.get("committee_required"),
                        Boolean.TRUE.equals(c.get("committee_required")) || Integer.valueOf(1).equals(c.get("committee_required"))
                                ? null : "单位自管"});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO compound (community_id, town_id, name, address, year_built, buildings, households, gated,
                                      management_mode, committee_required, committee_exemption)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
        int total = rows.size();
        List<Map<String, Object>> added = jdbc.queryForList("SELECT id, town_id FROM compound WHERE name LIKE '%·%'");
        List<Object[]> committees = new ArrayList<>();
        for (Map<String, Object> c : added) {
            if (random.nextInt(100) < 88) {
                LocalDate start = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(1000));
                committees.add(new Object[] {c.get("id"), c.get("town_id"), "OWNERS", Date.valueOf(start),
                        Date.valueOf(start.plusYears(5))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO compound_committee (compound_id, town_id, kind, term_start, term_end)
                VALUES (?, ?, ?, ?, ?)""", committees);
        total += committees.size();
        List<Map<String, Object>> newCommittees = jdbc.queryForList("""
                SELECT x.id, x.town_id FROM compound_committee x JOIN compound c ON c.id = x.compound_id
                WHERE c.name LIKE '%·%'""");
        List<Object[]> candidates = new ArrayList<>();
        for (Map<String, Object> x : newCommittees) {
            for (int m = 0; m < 7; m++) {
                candidates.add(new Object[] {x.get("id"), x.get("town_id"), "委员" + m, random.nextBoolean(),
                        Date.valueOf(LocalDate.of(2021, 12, 1)), "ELECTED", "COMPOUND_BRANCH", "书记",
                        Date.valueOf(LocalDate.of(2021, 12, 10))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO committee_candidate (committee_id, town_id, name, party_member, proposed_on, status, vetter_kind,
                                                 vetted_by, vetted_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", candidates);
        total += candidates.size();
        total += jdbc.update("""
                INSERT INTO committee_member (committee_id, town_id, candidate_id, name, role, party_member)
                SELECT k.committee_id, k.town_id, k.id, k.name, 'MEMBER', k.party_member FROM committee_candidate k
                WHERE NOT EXISTS (SELECT 1 FROM committee_member m WHERE m.candidate_id = k.id) AND k.status = 'ELECTED'""");
        List<Object[]> surveys = new ArrayList<>();
        List<Object[]> fees = new ArrayList<>();
        List<Object[]> disputes = new ArrayList<>();
        for (Map<String, Object> c : added) {
            for (int p = 0; p < 4; p++) {
                LocalDate start = LocalDate.of(2024, 7, 1).plusMonths(6L * p);
                surveys.add(new Object[] {c.get("id"), c.get("town_id"), Date.valueOf(start.plusMonths(5)), 100,
                        70 + random.nextInt(30)});
                fees.add(new Object[] {c.get("id"), c.get("town_id"), Date.valueOf(start),
                        Date.valueOf(start.plusMonths(6).minusDays(1)), 100000, 80000 + random.nextInt(20000)});
            }
            if (random.nextInt(100) < 40) {
                disputes.add(new Object[] {c.get("id"), c.get("town_id"), "测试纠纷", random.nextInt(7) == 0 ? "SERIOUS" : "MINOR",
                        "FILED", Date.valueOf(LocalDate.of(2026, 1, 1))});
            }
        }
        jdbc.batchUpdate("""
                INSERT INTO satisfaction_survey (compound_id, town_id, survey_date, sample_size, satisfied)
                VALUES (?, ?, ?, ?, ?)""", surveys);
        jdbc.batchUpdate("""
                INSERT INTO fee_period (compound_id, town_id, period_start, period_end, due, collected)
                VALUES (?, ?, ?, ?, ?, ?)""", fees);
        jdbc.batchUpdate("""
                INSERT INTO property_dispute (compound_id, town_id, title, severity, state, filed_on)
                VALUES (?, ?, ?, ?, ?, ?)""", disputes);
        return total + surveys.size() + fees.size() + disputes.size();
    }

    private int count(String table) {
        Integer n = jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
        return n == null ? 0 : n;
    }
}
