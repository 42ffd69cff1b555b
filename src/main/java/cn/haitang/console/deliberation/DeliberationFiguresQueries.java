package cn.haitang.console.deliberation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The feature's figures as at a day, aggregated in the database per town/street (city) or per community (one
 * town): sessions held, topics raised and resolved, sent to the board, overdue; consultations open and closed;
 * votes passed and failed. A topic counts as resolved when answered on the spot, when the community recorded its
 * result, when its board matter is resolved, accepted or closed (its state now), or when its consultation closed.
 */
@Component
class DeliberationFiguresQueries {

    private final JdbcClient jdbc;

    DeliberationFiguresQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One area's figures. */
    record Line(long areaId, String areaName, DeliberationFigures figures, long sessionsInMonth) {
    }

    /** Lines per town (townId null) or per community of the town, as at {@code on}; {@code monthStart} for the month's sessions. */
    List<Line> lines(@Nullable Long townId, LocalDate on, LocalDate monthStart) {
        String key = townId == null ? "town_id" : "community_id";
        String filter = townId == null ? "" : " AND x.town_id = ?";
        Map<Long, long[]> values = new LinkedHashMap<>();
        Map<Long, String> names = new LinkedHashMap<>();
        (townId == null ? jdbc.sql("SELECT id, name FROM town ORDER BY sort_order")
                : jdbc.sql("SELECT id, name FROM community WHERE town_id = ? ORDER BY name").param(townId))
                .query((rs, n) -> {
                    values.put(rs.getLong(1), new long[11]);
                    names.put(rs.getLong(1), rs.getString(2));
                    return rs.getLong(1);
                }).list();
        jdbc.sql("SELECT x." + key + ", COUNT(*), COALESCE(SUM(x.held_on >= ?), 0) FROM delib_session x WHERE x.held_on <= ?"
                        + filter + " GROUP BY x." + key).params(args(townId, monthStart, on))
                .query((rs, n) -> add(values, rs.getLong(1), 0, rs.getLong(2), 10, rs.getLong(3))).list();
        jdbc.sql("""
                SELECT x.%s, COUNT(*),
                       COALESCE(SUM(tp.outcome = 'ON_SPOT'
                           OR (tp.outcome = 'COMMUNITY' AND tp.resolved_on <= ?)
                           OR (tp.outcome = 'BOARD' AND m.state IN ('RESOLVED', 'ACCEPTED', 'CLOSED'))
                           OR (tp.outcome = 'CONSULTATION' AND k.closed_on <= ?)), 0),
                       COALESCE(SUM(tp.outcome = 'BOARD'), 0),
                       COALESCE(SUM(tp.outcome = 'COMMUNITY' AND tp.due_on < ? AND (tp.resolved_on IS NULL OR tp.resolved_on > ?)), 0)
                FROM delib_topic tp JOIN delib_session x ON x.id = tp.session_id LEFT JOIN matter m ON m.id = tp.matter_id
                LEFT JOIN delib_consultation k ON k.id = tp.consultation_id
                WHERE x.held_on <= ?%s GROUP BY x.%s""".formatted(key, filter, key)).params(args(townId, on, on, on, on, on))
                .query((rs, n) -> add(values, rs.getLong(1), 1, rs.getLong(2), 2, rs.getLong(3), 3, rs.getLong(4), 4,
                        rs.getLong(5))).list();
        jdbc.sql("""
                SELECT x.%s, COALESCE(SUM(x.closed_on IS NULL OR x.closed_on > ?), 0), COALESCE(SUM(x.closed_on <= ?), 0)
                FROM delib_consultation x WHERE x.opened_on <= ?%s GROUP BY x.%s""".formatted(key, filter, key))
                .params(args(townId, on, on, on)).query((rs, n) -> add(values, rs.getLong(1), 5, rs.getLong(2), 6, rs.getLong(3))).list();
        jdbc.sql("""
                SELECT x.%s, COALESCE(SUM(v.passed), 0), COALESCE(SUM(NOT v.passed), 0)
                FROM delib_vote v JOIN delib_consultation x ON x.id = v.consultation_id
                WHERE v.state = 'COUNTED' AND v.counted_on <= ?%s GROUP BY x.%s""".formatted(key, filter, key))
                .params(args(townId, on)).query((rs, n) -> add(values, rs.getLong(1), 7, rs.getLong(2), 8, rs.getLong(3))).list();
        List<Line> lines = new ArrayList<>();
        values.forEach((id, v) -> lines.add(new Line(id, names.getOrDefault(id, ""),
                new DeliberationFigures(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]), v[10])));
        return lines;
    }

    /** The query's arguments, then the town's id when the lines are one town's communities. */
    private static List<Object> args(@Nullable Long townId, Object... values) {
        List<Object> all = new ArrayList<>(List.of(values));
        if (townId != null) {
            all.add(townId);
        }
        return all;
    }

    private static long add(Map<Long, long[]> values, long area, long... pairs) {
        long[] v = values.computeIfAbsent(area, a -> new long[11]);
        for (int i = 0; i < pairs.length; i += 2) {
            v[(int) pairs[i]] += pairs[i + 1];
        }
        return area;
    }

    static DeliberationFigures total(List<Line> lines) {
        long[] t = new long[9];
        for (Line l : lines) {
            DeliberationFigures f = l.figures();
            long[] v = {f.sessions(), f.topics(), f.resolvedTopics(), f.sentToBoard(), f.overdueTopics(),
                    f.consultationsOpen(), f.consultationsClosed(), f.votesPassed(), f.votesFailed()};
            for (int i = 0; i < t.length; i++) {
                t[i] += v[i];
            }
        }
        return new DeliberationFigures(t[0], t[1], t[2], t[3], t[4], t[5], t[6], t[7], t[8]);
    }
}
