package cn.haitang.console.circle;

import cn.haitang.console.base.db.Sql;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The circle's figures in SQL. Person-times, sessions and volunteer minutes are read from the per-scene
 * monthly tally that the database's triggers keep in step with every service record; positions and scenes
 * are counted directly (a few thousand rows at most).
 */
@Component
class CircleFiguresQueries {

    /**
     * The scene types each community reaches, as one aggregate: running scenes at its own positions, and
     * running scenes at positions lent by institutions actively paired with it (ix_scene_coverage and
     * ix_scene_position_reach answer both halves from the index).
     */
    private static final String REACHED_TYPES = """
            SELECT r.community_id, COUNT(DISTINCT r.type_id) AS items FROM (
                SELECT s.community_id, s.type_id FROM scene s WHERE s.state = 'RUNNING'
                UNION
                SELECT pc.community_id, s.type_id FROM pairing pr JOIN pairing_community pc ON pc.pairing_id = pr.id
                JOIN service_position p ON p.institution_id = pr.institution_id
                JOIN scene s ON s.position_id = p.id AND s.state = 'RUNNING'
                WHERE pr.status = 'ACTIVE') r
            GROUP BY r.community_id""";
    /** Whether a running scene of the community serves each of "一老一小一特", one row per community. */
    private static final String GROUPS_SERVED = """
            SELECT s.community_id, MAX(s.for_elderly) AS elderly, MAX(s.for_children) AS children,
                   MAX(s.for_special) AS special
            FROM scene s WHERE s.state = 'RUNNING' GROUP BY s.community_id""";
    private static final String COVERAGE = """
            SELECT c.id AS community_id, c.name AS community_name, t.name AS town_name, t.sort_order,
                   LEAST(10, COALESCE(i.items, 0)) AS items, COALESCE(g.elderly, FALSE) AS elderly,
                   COALESCE(g.children, FALSE) AS children, COALESCE(g.special, FALSE) AS special
            FROM community c JOIN town t ON t.id = c.town_id
            LEFT JOIN (""" + REACHED_TYPES + """
            ) i ON i.community_id = c.id
            LEFT JOIN (""" + GROUPS_SERVED + """
            ) g ON g.community_id = c.id""";
    private static final Map<String, String> COVERAGE_SORT = Map.of("communityName", "c.name", "items", "items");

    private final JdbcClient jdbc;

    CircleFiguresQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    CircleFigures figures(YearMonth month, Optional<Long> town) {
        Sql tally = new Sql().and("m.month BETWEEN ? AND ?", month.withMonth(1).atDay(1), month.atDay(1));
        town.ifPresent(t -> tally.and("m.town_id = ?", t));
        Object[] sums = jdbc.sql("""
                SELECT COALESCE(SUM(m.sessions), 0), COALESCE(SUM(CASE WHEN m.month = ? THEN m.person_times END), 0),
                       COALESCE(SUM(m.person_times), 0), COALESCE(SUM(m.volunteer_minutes), 0)
                FROM scene_month_tally m""" + tally.where()).params(argsWith(month.atDay(1), tally.args()))
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)}).single();
        Sql pos = new Sql();
        town.ifPresent(t -> pos.and("p.town_id = ?", t));
        long[] positions = jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(EXISTS (SELECT 1 FROM position_hours h WHERE h.position_id = p.id
                                                      AND h.slot = 'LATE')), 0),
                       COALESCE(SUM(p.institution_id IS NOT NULL), 0)
                FROM service_position p""" + pos.where()).params(pos.args())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        Sql sc = new Sql();
        town.ifPresent(t -> sc.and("s.town_id = ?", t));
        long[] scenes = jdbc.sql("""
                SELECT COUNT(*), COALESCE(SUM(s.state = 'RUNNING'), 0),
                       COUNT(DISTINCT CASE WHEN s.state = 'RUNNING' AND s.for_elderly THEN s.community_id END),
                       COUNT(DISTINCT CASE WHEN s.state = 'RUNNING' AND s.for_children THEN s.community_id END),
                       COUNT(DISTINCT CASE WHEN s.state = 'RUNNING' AND s.for_special THEN s.community_id END)
                FROM scene s""" + sc.where()).params(sc.args())
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5)})
                .single();
        Sql cm = new Sql();
        town.ifPresent(t -> cm.and("c.town_id = ?", t));
        long communities = jdbc.sql("SELECT COUNT(*) FROM community c" + cm.where()).params(cm.args()).query(Long.class)
                .single();
        return new CircleFigures(month, positions[0], positions[1], positions[2], scenes[0], scenes[1], (long) sums[0],
                (long) sums[1], (long) sums[2], (long) sums[3], communities, scenes[2], scenes[3], scenes[4]);
    }

    /** Per town (city level) or per community of a town. */
    List<CircleAreaLine> byArea(YearMonth month, Optional<Long> town) {
        Object[] range = {month.atDay(1), month.withMonth(1).atDay(1), month.atDay(1)};
        if (town.isEmpty()) {
            return jdbc.sql("""
                    SELECT t.id AS area_id, t.name AS area_name, TRUE AS town,
                           (SELECT COUNT(*) FROM scene s WHERE s.town_id = t.id AND s.state = 'RUNNING') AS scenes_running,
                           COALESCE(y.month_pt, 0) AS person_times_month, COALESCE(y.pt, 0) AS person_times_year,
                           COALESCE(y.vm, 0) AS volunteer_minutes_year,
                           (SELECT COUNT(*) FROM service_position p WHERE p.town_id = t.id AND EXISTS
                               (SELECT 1 FROM position_hours h WHERE h.position_id = p.id AND h.slot = 'LATE')) AS late_positions
                    FROM town t LEFT JOIN (SELECT m.town_id, SUM(CASE WHEN m.month = ? THEN m.person_times END) AS month_pt,
                                                  SUM(m.person_times) AS pt, SUM(m.volunteer_minutes) AS vm
                                           FROM scene_month_tally m WHERE m.month BETWEEN ? AND ? GROUP BY m.town_id) y
                           ON y.town_id = t.id
                    ORDER BY t.sort_order, t.id""").params(range).query(CircleAreaLine.class).list();
        }
        return jdbc.sql("""
                SELECT c.id AS area_id, c.name AS area_name, FALSE AS town,
                       (SELECT COUNT(*) FROM scene s WHERE s.community_id = c.id AND s.state = 'RUNNING') AS scenes_running,
                       COALESCE(y.month_pt, 0) AS person_times_month, COALESCE(y.pt, 0) AS person_times_year,
                       COALESCE(y.vm, 0) AS volunteer_minutes_year,
                       (SELECT COUNT(*) FROM service_position p WHERE p.community_id = c.id AND EXISTS
                           (SELECT 1 FROM position_hours h WHERE h.position_id = p.id AND h.slot = 'LATE')) AS late_positions
                FROM community c LEFT JOIN (SELECT s.community_id, SUM(CASE WHEN m.month = ? THEN m.person_times END) AS month_pt,
                                                   SUM(m.person_times) AS pt, SUM(m.volunteer_minutes) AS vm
                                            FROM scene_month_tally m JOIN scene s ON s.id = m.scene_id
                                            WHERE m.month BETWEEN ? AND ? AND m.town_id = ? GROUP BY s.community_id) y
                       ON y.community_id = c.id
                WHERE c.town_id = ? ORDER BY c.name, c.id""").params(argsWith(range, town.get(), town.get()))
                .query(CircleAreaLine.class).list();
    }

    List<TypeCount> byType(Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("s.town_id = ?", t));
        return jdbc.sql("SELECT ty.id AS type_id, ty.name AS type_name, "
                        + "(SELECT COUNT(*) FROM scene s WHERE s.type_id = ty.id AND s.state = 'RUNNING'"
                        + sql.andClause() + ") AS running FROM scene_type ty ORDER BY ty.sort_order, ty.id")
                .params(sql.args()).query(TypeCount.class).list();
    }

    /**
     * A page of the coverage list: the reached types and the groups served are aggregated once over the
     * running scenes (two grouped reads), not counted per community by correlated subqueries.
     */
    List<CoverageRow> coverage(Optional<Long> town, boolean gapsOnly, Pageable pageable) {
        Sql sql = coverageWhere(town, gapsOnly);
        return jdbc.sql(COVERAGE + sql.where()
                        + Sql.orderBy(pageable.getSort(), COVERAGE_SORT, "t.sort_order, c.name, c.id")
                        + " LIMIT ? OFFSET ?")
                .params(sql.args(pageable.getPageSize(), pageable.getOffset())).query(CoverageRow.class).list();
    }

    /** The count needs the groups served only for the gap list, and never the reached types. */
    long countCoverage(Optional<Long> town, boolean gapsOnly) {
        Sql sql = coverageWhere(town, gapsOnly);
        String from = gapsOnly ? "FROM community c LEFT JOIN (" + GROUPS_SERVED + ") g ON g.community_id = c.id"
                : "FROM community c";
        return jdbc.sql("SELECT COUNT(*) " + from + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql coverageWhere(Optional<Long> town, boolean gapsOnly) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("c.town_id = ?", t));
        sql.andIf(gapsOnly, "NOT (COALESCE(g.elderly, FALSE) AND COALESCE(g.children, FALSE) AND COALESCE(g.special, FALSE))");
        return sql;
    }

    private static Object[] argsWith(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Object[] argsWith(Object[] first, Object... rest) {
        Object[] all = new Object[first.length + rest.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(rest, 0, all, first.length, rest.length);
        return all;
    }
}
