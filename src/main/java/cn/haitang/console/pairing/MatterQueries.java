package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import cn.haitang.console.base.db.Window;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of the matters board in SQL, rows mapped by column name: lists (offset and keyset pages),
 * a matter's detail, and the figures with their medians. Callers (the service) have checked the scope
 * and pass the town.
 */
@Component
class MatterQueries {

    private static final String SELECT = """
            SELECT m.id, m.version, m.title, m.category, m.source, m.town_id, t.name AS town_name, c.name AS community_name,
                   cp.name AS compound_name, m.raised_on, m.state,
                   (SELECT GROUP_CONCAT(i.name ORDER BY mc.id SEPARATOR '、') FROM matter_claim mc
                     JOIN institution i ON i.id = mc.institution_id WHERE mc.matter_id = m.id) AS claimants,
                   m.published_on, m.closed_on, m.reopen_count
            FROM matter m JOIN town t ON t.id = m.town_id JOIN community c ON c.id = m.community_id
            LEFT JOIN compound cp ON cp.id = m.compound_id""";

    /** A matter's texts beside its row. */
    record Texts(String description, @Nullable String resolution, @Nullable String evidence) {
    }

    private final JdbcClient jdbc;
    private final MatterTallies tallies;

    MatterQueries(JdbcClient jdbc, MatterTallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    List<MatterRow> list(MatterFilter filter, Optional<Long> town, Window window) {
        Sql sql = where(filter, town);
        return jdbc.sql(page("SELECT m.id FROM matter m" + sql.where() + " ORDER BY " + window.order("m.id DESC")
                + " LIMIT ? OFFSET ?")).params(sql.args(window.limitOffset())).query(MatterRow.class).list();
    }

    List<MatterRow> listBefore(MatterFilter filter, Optional<Long> town, long beforeId, int limit) {
        Sql sql = where(filter, town).andIf(beforeId > 0, "m.id < ?", beforeId);
        return jdbc.sql(page("SELECT m.id FROM matter m" + sql.where() + " ORDER BY m.id DESC LIMIT ?"))
                .params(sql.args(limit)).query(MatterRow.class).list();
    }

    /** A deferred join: the page's ids from the index first, then only those rows joined with their names. */
    private static String page(String idQuery) {
        return SELECT.replace("FROM matter m JOIN", "FROM (" + idQuery + ") page JOIN matter m ON m.id = page.id JOIN")
                + " ORDER BY m.id DESC";
    }

    long count(MatterFilter filter, Optional<Long> town) {
        Sql sql = where(filter, town);
        return jdbc.sql("SELECT COUNT(*) FROM matter m" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql where(MatterFilter filter, Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "m.community_id = ?", filter.communityId());
        if (filter.category() != null) {
            sql.and("m.category = ?", filter.category().name());
        }
        if (filter.state() != null) {
            sql.and("m.state = ?", filter.state().name());
        }
        sql.andIf(filter.openToClaim(), "m.state IN ('PUBLISHED', 'CLAIMED')");
        sql.andIf(filter.claimedBy() != null,
                "EXISTS (SELECT 1 FROM matter_claim mc WHERE mc.matter_id = m.id AND mc.institution_id = ?)",
                filter.claimedBy());
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("m.title LIKE ?", Sql.contains(filter.text()));
        }
        return sql;
    }

    MatterRow row(long id) {
        return jdbc.sql(SELECT + " WHERE m.id = ?").param(id).query(MatterRow.class).single();
    }

    Texts texts(long id) {
        return jdbc.sql("SELECT description, resolution, evidence FROM matter WHERE id = ?").param(id).query(Texts.class)
                .single();
    }

    List<Named> claimants(long id) {
        return jdbc.sql("""
                SELECT i.id, i.name FROM matter_claim mc JOIN institution i ON i.id = mc.institution_id
                WHERE mc.matter_id = ? ORDER BY mc.id""").param(id).query(Named.class).list();
    }

    List<MatterStepRow> timeline(long id) {
        return jdbc.sql("""
                SELECT from_state, to_state, actor, occurred_at, note FROM matter_step WHERE matter_id = ?
                ORDER BY occurred_at, id""").param(id).query(MatterStepRow.class).list();
    }

    MatterForm form(long id) {
        return jdbc.sql("""
                SELECT title, description, category, source, community_id, compound_id, raised_on FROM matter WHERE id = ?""")
                .param(id).query(MatterForm.class).single();
    }

    // ---- figures -------------------------------------------------------------------------------------

    /** Counts and the medians to claim and to close, from the tallies the triggers keep ({@link MatterTallies}). */
    BoardFigures figures(Optional<Long> town) {
        MatterTallies.Totals totals = tallies.totals(town);
        return new BoardFigures(totals.published(), totals.claimed(), totals.resolved(), totals.reopened(), totals.open(),
                tallies.medianDays("CLAIM", town), tallies.medianDays("CLOSE", town));
    }

    /** Matters and medians by a key (category or town name). */
    List<MedianRow> medians(String key, Optional<Long> town) {
        Sql sql = new Sql().and("m.published_on IS NOT NULL");
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        return jdbc.sql("SELECT DISTINCT " + key + " AS `key`, COUNT(*) OVER (PARTITION BY " + key + ") AS matters,"
                        + " MEDIAN(DATEDIFF(m.claimed_on, m.published_on)) OVER (PARTITION BY " + key + ") AS median_days_to_claim,"
                        + " MEDIAN(DATEDIFF(m.closed_on, m.published_on)) OVER (PARTITION BY " + key + ") AS median_days_to_close,"
                        + " t.sort_order FROM matter m JOIN town t ON t.id = m.town_id" + sql.where() + " ORDER BY t.sort_order")
                .params(sql.args()).query(MedianRow.class).list().stream().distinct().toList();
    }

    /** Matters raised since {@code from} per month, by the state they are in now. */
    List<MonthStateCount> perMonth(YearMonth from, Optional<Long> town) {
        Sql sql = new Sql().and("m.raised_ym >= ?", from.getYear() * 100 + from.getMonthValue());
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        // raised_ym is the month raised (202611), stored and indexed with the state (ix_matter_month_state, and
        // ix_matter_town_month_state for a town): the groups come in index order, no temporary table
        return jdbc.sql("SELECT m.raised_ym AS ym, m.state, COUNT(*) AS matters FROM matter m"
                        + sql.where() + " GROUP BY m.raised_ym, m.state ORDER BY m.raised_ym, m.state").params(sql.args())
                .query((rs, n) -> new MonthStateCount(YearMonth.of(rs.getInt("ym") / 100, rs.getInt("ym") % 100),
                        MatterState.valueOf(rs.getString("state")), rs.getLong("matters"))).list();
    }
}
