package cn.haitang.console.dashboard;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.jdbc.core.JdbcTemplate;

/** Test helpers: town ids by name, and a made-up past snapshot (call only inside a rolled-back test). */
public final class DashboardFixtures {

    /** The month of the made-up snapshot: long before the demo data. */
    public static final String PAST_MONTH = "2020-01";

    private DashboardFixtures() {
    }

    public static long town(JdbcTemplate jdbc, String name) {
        return jdbc.queryForObject("SELECT id FROM town WHERE name = ?", Long.class, name);
    }

    /**
     * A snapshot of January 2020 with figures unlike today's: the city 480 compounds, 400 entity and 470
     * functional branches, 3,000 micro-grids with 2,400 groups, committees 420 of 470; 虞山街道 60 / 45 / 60,
     * 400 grids with 300 groups, committees 50 of 58. The demo's pairings, matters, activities and sites
     * all begin later, so as of that month there are none.
     */
    public static void pastSnapshot(JdbcTemplate jdbc) {
        long yushan = town(jdbc, "虞山街道");
        Timestamp at = Timestamp.from(Instant.parse("2020-01-31T16:00:00Z"));
        String sql = """
                INSERT INTO coverage_snapshot (snapshot_month, scope_level, ref_id, town_id, name, compounds, entity_branches,
                  functional_branches, micro_grids, grid_groups, central_households, linked_households, taken_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
        jdbc.update(sql, PAST_MONTH, "CITY", 0L, null, "", 480, 400, 470, 3000, 2400, 900, 9000L, at);
        jdbc.update(sql, PAST_MONTH, "TOWN", yushan, yushan, "虞山街道", 60, 45, 60, 400, 300, 100, 1000L, at);
        // the committee formation rate governance contributes to every snapshot line: 420/470 and 50/58
        String rate = """
                INSERT INTO coverage_snapshot_rate (snapshot_id, rate_key, numerator, denominator)
                SELECT id, 'committee', ?, ? FROM coverage_snapshot WHERE snapshot_month = ? AND scope_level = ?""";
        jdbc.update(rate, 420, 470, PAST_MONTH, "CITY");
        jdbc.update(rate, 50, 58, PAST_MONTH, "TOWN");
    }
}
