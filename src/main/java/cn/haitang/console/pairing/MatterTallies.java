package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The matters' current counts and day medians for the city or a town, read from the tallies the triggers keep
 * (changeset 019: {@code matter_tally}, {@code matter_day_tally}) instead of every matter. The home page's matter
 * figures and the board's headline use them; figures as of a past day still read the matters and their steps.
 * Callers (services) have checked the scope and pass the town.
 */
@Component
class MatterTallies {

    /** Matters published, claimed, resolved (accepted or closed), ever reopened, and not yet resolved. */
    record Totals(long published, long claimed, long resolved, long reopened, long open) {
    }

    private final JdbcClient jdbc;

    MatterTallies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Totals totals(Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        return jdbc.sql("""
                SELECT COALESCE(SUM(m.matters * m.published), 0) AS published,
                       COALESCE(SUM(m.matters * m.claimed), 0) AS claimed,
                       COALESCE(SUM(m.matters * (m.state IN ('ACCEPTED', 'CLOSED'))), 0) AS resolved,
                       COALESCE(SUM(m.matters * m.reopened), 0) AS reopened,
                       COALESCE(SUM(m.matters * (m.state NOT IN ('ACCEPTED', 'CLOSED'))), 0) AS open
                FROM matter_tally m""" + sql.where()).params(sql.args()).query(Totals.class).single();
    }

    /** The median days from publication to claim ("CLAIM") or to closing ("CLOSE"); null when no matter has both. */
    @Nullable Double medianDays(String span, Optional<Long> town) {
        Sql sql = new Sql().and("d.span = ?", span);
        town.ifPresent(t -> sql.and("d.town_id = ?", t));
        NavigableMap<Integer, Long> histogram = new TreeMap<>();
        jdbc.sql("SELECT d.days, SUM(d.matters) FROM matter_day_tally d" + sql.where()
                        + " GROUP BY d.days HAVING SUM(d.matters) > 0")
                .params(sql.args()).query((rs, n) -> histogram.put(rs.getInt(1), rs.getLong(2))).list();
        return DayMedians.median(histogram);
    }
}
