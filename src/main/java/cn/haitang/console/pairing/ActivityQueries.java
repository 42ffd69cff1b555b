package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.db.Window;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of activities, their types and attachments, and the unified service day, in SQL with
 * rows mapped by column name. Callers (the services) have checked the scope and pass the town.
 */
@Component
class ActivityQueries {

    private static final String ACTIVITY_SELECT = """
            SELECT a.id, a.version, a.activity_date AS `date`, a.institution_id, i.name AS institution_name,
                   t.name AS town_name, c.name AS community_name, cp.name AS compound_name, ty.name AS type_name,
                   a.participants, a.hours, a.description,
                   (SELECT COUNT(*) FROM activity_attachment aa WHERE aa.activity_id = a.id) AS attachments
            FROM activity a JOIN institution i ON i.id = a.institution_id JOIN town t ON t.id = a.town_id
            JOIN community c ON c.id = a.community_id LEFT JOIN compound cp ON cp.id = a.compound_id
            JOIN activity_type ty ON ty.id = a.type_id""";

    private final JdbcClient jdbc;

    ActivityQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- activities ----------------------------------------------------------------------------------

    /** Activities, newest first. */
    List<ActivityRow> activities(ActivityFilter filter, Optional<Long> town, Window window) {
        Sql sql = where(filter, town);
        return jdbc.sql(page("SELECT a.id FROM activity a" + sql.where()
                + " ORDER BY " + window.order("a.activity_date DESC, a.id DESC") + " LIMIT ? OFFSET ?"))
                .params(sql.args(window.limitOffset())).query(ActivityRow.class).list();
    }

    /** Keyset page: the activities after (older than) the given one. */
    List<ActivityRow> activitiesAfter(ActivityFilter filter, Optional<Long> town, @Nullable LocalDate afterDate,
                                      long afterId, int limit) {
        Sql sql = where(filter, town);
        if (afterDate != null) {
            sql.and("(a.activity_date < ? OR (a.activity_date = ? AND a.id < ?))", afterDate, afterDate, afterId);
        }
        return jdbc.sql(page("SELECT a.id FROM activity a" + sql.where() + " ORDER BY a.activity_date DESC, a.id DESC LIMIT ?"))
                .params(sql.args(limit)).query(ActivityRow.class).list();
    }

    /** A deferred join: the page's ids from the index first, then only those rows joined with their names. */
    private static String page(String idQuery) {
        return ACTIVITY_SELECT.replace("FROM activity a JOIN", "FROM (" + idQuery + ") page JOIN activity a ON a.id = page.id JOIN")
                + " ORDER BY a.activity_date DESC, a.id DESC";
    }

    long countActivities(ActivityFilter filter, Optional<Long> town) {
        Sql sql = where(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM activity a" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql where(ActivityFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("a.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "a.community_id = ?", filter.communityId());
        sql.andIf(filter.institutionId() != null, "a.institution_id = ?", filter.institutionId());
        sql.andIf(filter.typeId() != null, "a.type_id = ?", filter.typeId());
        if (filter.month() != null) {
            sql.and("a.activity_date BETWEEN ? AND ?", filter.month().atDay(1), filter.month().atEndOfMonth());
        }
        return sql;
    }

    ActivityRow activity(long id) {
        return jdbc.sql(ACTIVITY_SELECT + " WHERE a.id = ?").param(id).query(ActivityRow.class).single();
    }

    ActivityForm form(long id) {
        return jdbc.sql("""
                SELECT institution_id, community_id, compound_id, type_id, activity_date AS `date`, participants, hours,
                       description
                FROM activity WHERE id = ?""").param(id).query(ActivityForm.class).single();
    }

    List<Long> attachmentIds(long activityId) {
        return jdbc.sql("SELECT id FROM activity_attachment WHERE activity_id = ?").param(activityId).query(Long.class).list();
    }

    List<AttachmentRow> attachments(long activityId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, uploaded_at, uploaded_by FROM activity_attachment
                WHERE activity_id = ? ORDER BY id""").param(activityId).query(AttachmentRow.class).list();
    }

    // ---- types ---------------------------------------------------------------------------------------

    List<ActivityTypeRow> types() {
        return jdbc.sql("SELECT id, version, name, unified_day FROM activity_type ORDER BY sort_order, id")
                .query(ActivityTypeRow.class).list();
    }

    int nextTypeOrder() {
        return jdbc.sql("SELECT COALESCE(MAX(sort_order), 0) + 1 FROM activity_type").query(Integer.class).single();
    }

    // ---- the unified service day ---------------------------------------------------------------------

    /** How many pairings in force in the month owe a unified service day, and how many held it: {@link #serviceDays} counted in SQL. */
    ServiceDayCounts serviceDayCounts(YearMonth month, Optional<Long> town) {
        Sql sql = new Sql().and("p.start_date <= ?", month.atEndOfMonth())
                .and("(p.end_date IS NULL OR p.end_date >= ?)", month.atDay(1));
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        List<Object> args = new ArrayList<>(List.of(month.atDay(1), month.atEndOfMonth()));
        args.addAll(List.of(sql.args()));
        return jdbc.sql("""
                SELECT COUNT(*) AS due, COALESCE(SUM(a.institution_id IS NOT NULL), 0) AS held
                FROM pairing p
                LEFT JOIN (SELECT DISTINCT a.institution_id, a.town_id
                           FROM activity_type y STRAIGHT_JOIN activity a ON a.type_id = y.id
                           WHERE y.unified_day AND a.activity_date BETWEEN ? AND ?) a
                       ON a.institution_id = p.institution_id AND a.town_id = p.town_id""" + sql.where())
                .params(args).query(ServiceDayCounts.class).single();
    }

    /** See {@link #serviceDayCounts}. */
    record ServiceDayCounts(long due, long held) {
    }

    /**
     * Every pairing active in the month with its planned service day and whether it held the unified
     * service day. The month's unified-day activities are counted once per institution and town over the
     * covering index ix_activity_unified_day (type first: the few unified-day types, then the month's
     * dates), then joined to the pairings; STRAIGHT_JOIN keeps MariaDB from starting at the date index.
     */
    List<ServiceDayRow> serviceDays(YearMonth month, Optional<Long> town) {
        Sql sql = new Sql().and("p.start_date <= ?", month.atEndOfMonth())
                .and("(p.end_date IS NULL OR p.end_date >= ?)", month.atDay(1));
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        List<Object> args = new ArrayList<>(List.of(month.atDay(1), month.atDay(1), month.atEndOfMonth()));
        args.addAll(List.of(sql.args()));
        return jdbc.sql("""
                SELECT p.id AS pairing_id, i.name AS institution_name, t.name AS town_name, p.service_day,
                       DATE_ADD(?, INTERVAL p.service_day - 1 DAY) AS planned_date, COALESCE(a.held, 0) AS held,
                       a.first_held AS first_held_on
                FROM pairing p JOIN institution i ON i.id = p.institution_id JOIN town t ON t.id = p.town_id
                LEFT JOIN (SELECT a.institution_id, a.town_id, COUNT(*) AS held, MIN(a.activity_date) AS first_held
                           FROM activity_type y STRAIGHT_JOIN activity a ON a.type_id = y.id
                           WHERE y.unified_day AND a.activity_date BETWEEN ? AND ?
                           GROUP BY a.institution_id, a.town_id) a
                       ON a.institution_id = p.institution_id AND a.town_id = p.town_id""" + sql.where()
                        + " ORDER BY COALESCE(a.held, 0) > 0, t.sort_order, i.name")
                .params(args).query(ServiceDayRow.class).list();
    }
}
