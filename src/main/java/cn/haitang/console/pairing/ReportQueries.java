package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.db.Window;
import cn.haitang.console.security.Scope;
import java.sql.ResultSet;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of reporting in SQL: the lists (offset and keyset pages, ID numbers and phones masked for
 * whoever may not see them), a person's earlier grids and the counts by area or institution. Callers (the
 * service) have checked the scope and pass the town.
 */
@Component
class ReportQueries {

    private static final String SELECT = """
            SELECT r.id, r.version, r.kind, r.name, r.id_number, r.phone, i.name AS institution_name, r.skills,
                   t.name AS town_name, c.name AS community_name, cp.name AS compound_name, g.name AS grid_name,
                   r.reported_on, r.status, r.town_id
            FROM grid_report r LEFT JOIN institution i ON i.id = r.institution_id JOIN town t ON t.id = r.town_id
            JOIN community c ON c.id = r.community_id JOIN compound cp ON cp.id = r.compound_id
            JOIN micro_grid g ON g.id = r.grid_id""";

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ReportRow> list(ReportFilter filter, Optional<Long> town, Scope scope, Window window) {
        Sql sql = where(filter, town);
        return jdbc.sql(page("SELECT r.id FROM grid_report r" + sql.where() + " ORDER BY " + window.order("r.id DESC")
                        + " LIMIT ? OFFSET ?")).params(sql.args(window.limitOffset())).query(rows(scope)).list();
    }

    List<ReportRow> listBefore(ReportFilter filter, Optional<Long> town, Scope scope, long beforeId, int limit) {
        Sql sql = where(filter, town).andIf(beforeId > 0, "r.id < ?", beforeId);
        return jdbc.sql(page("SELECT r.id FROM grid_report r" + sql.where() + " ORDER BY r.id DESC LIMIT ?"))
                .params(sql.args(limit)).query(rows(scope)).list();
    }

    /**
     * A deferred join: the page's ids come from the index alone (no join can make the optimizer sort the
     * whole table first), then only those rows are joined with their names. STRAIGHT_JOIN keeps the page
     * first: left to itself MariaDB started from every micro-grid and joined all 417,000 reports to the
     * page at 10x (1.2 s for a page near the end, 56 ms with the page first).
     */
    private static String page(String idQuery) {
        return SELECT.replaceFirst("SELECT ", "SELECT STRAIGHT_JOIN ").replace("FROM grid_report r LEFT JOIN",
                "FROM (" + idQuery + ") page JOIN grid_report r ON r.id = page.id LEFT JOIN") + " ORDER BY r.id DESC";
    }

    /**
     * The number of reports the list shows. Filtered by area, kind and status only (the list as it opens),
     * it is the sum of the per-compound tally the triggers keep current in the same statement as each write
     * (changesets 008 and 016): about 5,000 rows at 10x instead of COUNT over 417,000 reports (≈ 40 ms).
     * An institution, a name or "moved" counts the reports themselves.
     */
    long count(ReportFilter filter, Optional<Long> town) {
        if (filter.institutionId() == null && (filter.name() == null || filter.name().isBlank())
                && filter.status() != ReportStatus.MOVED) {
            return tallied(filter, town);
        }
        Sql sql = where(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM grid_report r" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private long tallied(ReportFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("r.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "r.community_id = ?", filter.communityId());
        boolean members = filter.kind() != ReportKind.VOLUNTEER;
        boolean volunteers = filter.kind() != ReportKind.MEMBER;
        boolean active = filter.status() != ReportStatus.WITHDRAWN;
        boolean withdrawn = filter.status() != ReportStatus.ACTIVE;
        List<String> columns = new java.util.ArrayList<>();
        if (active && members) {
            columns.add("r.members");
        }
        if (active && volunteers) {
            columns.add("r.volunteers");
        }
        if (withdrawn && members) {
            columns.add("r.withdrawn_members");
        }
        if (withdrawn && volunteers) {
            columns.add("r.withdrawn_volunteers");
        }
        return jdbc.sql("SELECT COALESCE(SUM(" + String.join(" + ", columns) + "), 0) FROM report_tally r" + sql.where())
                .params(sql.args()).query(Long.class).single();
    }

    private static Sql where(ReportFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("r.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "r.community_id = ?", filter.communityId());
        sql.andIf(filter.institutionId() != null, "r.institution_id = ?", filter.institutionId());
        if (filter.kind() != null) {
            sql.and("r.kind = ?", filter.kind().name());
        }
        if (filter.status() == ReportStatus.MOVED) {
            sql.and("EXISTS (SELECT 1 FROM grid_report_move mv WHERE mv.report_id = r.id)");
        } else if (filter.status() != null) {
            sql.and("r.status = ?", filter.status().name());
        }
        if (filter.name() != null && !filter.name().isBlank()) {
            sql.and("r.name LIKE ?", Sql.startsWith(filter.name()));
        }
        return sql;
    }

    ReportRow report(long id, Scope scope) {
        return jdbc.sql(SELECT + " WHERE r.id = ?").param(id).query(rows(scope)).single();
    }

    /** The grids a person reported to before, newest first. */
    List<ReportMoveRow> moves(long reportId) {
        return jdbc.sql("""
                SELECT g.name AS grid_name, cp.name AS compound_name, mv.from_date, mv.to_date FROM grid_report_move mv
                JOIN micro_grid g ON g.id = mv.grid_id JOIN compound cp ON cp.id = g.compound_id
                WHERE mv.report_id = ? ORDER BY mv.to_date DESC, mv.id DESC""").param(reportId).query(ReportMoveRow.class).list();
    }

    /**
     * A person as a list shows them: ID number and phone in full only for a city admin or the
     * coordinator of the person's town/street (mapped by column name, then masked).
     */
    private static RowMapper<ReportRow> rows(Scope scope) {
        return (ResultSet rs, int n) -> {
            boolean full = ReportingService.seesFull(scope, rs.getLong("town_id"));
            String id = rs.getString("id_number");
            String phone = rs.getString("phone");
            return new ReportRow(rs.getLong("id"), rs.getLong("version"), ReportKind.valueOf(rs.getString("kind")),
                    rs.getString("name"), full ? id : Masking.idNumber(id), full ? phone : Masking.phone(phone),
                    rs.getString("institution_name"), rs.getString("skills"), rs.getString("town_name"),
                    rs.getString("community_name"), rs.getString("compound_name"), rs.getString("grid_name"),
                    rs.getDate("reported_on").toLocalDate(), ReportStatus.valueOf(rs.getString("status")));
        };
    }

    /** Active members and volunteers by town, community, compound, grid or institution. */
    List<ReportCount> countsBy(ReportLevel level, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("r.town_id = ?", t));
        String key = switch (level) {
            case TOWN -> "r.town_id";
            case COMMUNITY -> "r.community_id";
            case COMPOUND -> "r.compound_id";
            case GRID -> "r.grid_id";
            case INSTITUTION -> "r.institution_id";
        };
        String name = switch (level) {
            case TOWN -> "(SELECT name FROM town WHERE id = x.k)";
            case COMMUNITY -> "(SELECT CONCAT(t.name, ' · ', c.name) FROM community c JOIN town t ON t.id = c.town_id"
                    + " WHERE c.id = x.k)";
            case COMPOUND -> "(SELECT CONCAT(c.name, ' · ', cp.name) FROM compound cp JOIN community c ON c.id = cp.community_id"
                    + " WHERE cp.id = x.k)";
            case GRID -> "(SELECT CONCAT(cp.name, ' · ', g.name) FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id"
                    + " WHERE g.id = x.k)";
            case INSTITUTION -> "(SELECT name FROM institution WHERE id = x.k)";
        };
        String counted;
        if (level == ReportLevel.TOWN || level == ReportLevel.COMMUNITY || level == ReportLevel.COMPOUND) {
            // by area: from the per-compound tally the database keeps current (changeset 008)
            counted = "SUM(r.members) AS members, SUM(r.volunteers) AS volunteers FROM report_tally r" + sql.where()
                    + " GROUP BY " + key + " HAVING SUM(r.members + r.volunteers) > 0";
        } else {
            sql.and("r.status = 'ACTIVE'").andIf(level == ReportLevel.INSTITUTION, "r.institution_id IS NOT NULL");
            counted = "SUM(r.kind = 'MEMBER') AS members, SUM(r.kind = 'VOLUNTEER') AS volunteers FROM grid_report r"
                    + sql.where() + " GROUP BY " + key;
        }
        return jdbc.sql("SELECT x.k AS id, " + name + " AS name, x.members, x.volunteers FROM (SELECT " + key + " AS k, "
                        + counted + ") x ORDER BY x.members + x.volunteers DESC, x.k")
                .params(sql.args()).query(ReportCount.class).list();
    }
}
