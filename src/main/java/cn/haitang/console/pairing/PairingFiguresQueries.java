package cn.haitang.console.pairing;

import cn.haitang.console.base.db.Sql;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The 共驻共建 figures in SQL, aggregated by the database: pairings in force now or at the end of a past
 * day, communities covered, activities of a month, members and volunteers (from {@code report_tally}) and
 * the matters board. The caller (the service) has checked the scope and passes the town.
 */
@Component
class PairingFiguresQueries {

    /** Members and volunteers reported now. */
    record Reported(long members, long volunteers) {
    }

    /** Matters published, resolved (accepted or closed) and still open. */
    record MatterCounts(long published, long resolved, long stillOpen) {
    }

    private final JdbcClient jdbc;
    private final MatterTallies tallies;

    PairingFiguresQueries(JdbcClient jdbc, MatterTallies tallies) {
        this.jdbc = jdbc;
        this.tallies = tallies;
    }

    /** Institutions in the registry (the city), or those ever paired with the town. */
    long institutions(Optional<Long> town) {
        return town.isEmpty() ? count("SELECT COUNT(*) FROM institution", new Sql())
                : count("SELECT COUNT(DISTINCT p.institution_id) FROM pairing p", new Sql().and("p.town_id = ?", town.get()));
    }

    long institutionsPaired(Optional<Long> town, @Nullable LocalDate on) {
        return count("SELECT COUNT(DISTINCT p.institution_id) FROM pairing p", inForce(on, town));
    }

    long communities(Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("c.town_id = ?", t));
        return count("SELECT COUNT(*) FROM community c", sql);
    }

    long communitiesPaired(Optional<Long> town, @Nullable LocalDate on) {
        return count("SELECT COUNT(DISTINCT pc.community_id) FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id",
                inForce(on, town));
    }

    long activities(Optional<Long> town, YearMonth month) {
        Sql sql = new Sql().and("a.activity_date BETWEEN ? AND ?", month.atDay(1), month.atEndOfMonth());
        town.ifPresent(t -> sql.and("a.town_id = ?", t));
        return count("SELECT COUNT(*) FROM activity a", sql);
    }

    Reported reported(Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("r.town_id = ?", t));
        return jdbc.sql("SELECT COALESCE(SUM(r.members), 0) AS members, COALESCE(SUM(r.volunteers), 0) AS volunteers"
                        + " FROM report_tally r" + sql.where())
                .params(sql.args()).query(Reported.class).single();
    }

    /** Now ({@code on} null), or as they stood at the end of a past day, each matter's state read from its steps. */
    MatterCounts matters(Optional<Long> town, @Nullable LocalDate on) {
        Sql sql = new Sql();
        if (on == null) {
            MatterTallies.Totals now = tallies.totals(town);
            return new MatterCounts(now.published(), now.resolved(), now.open());
        }
        sql.and("m.raised_on <= ?", on);
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        List<Object> args = new ArrayList<>(List.of(on, on.plusDays(1).atStartOfDay()));
        args.addAll(List.of(sql.args()));
        return jdbc.sql("""
                SELECT COALESCE(SUM(m.published_on <= ?), 0) AS published,
                       COALESCE(SUM(s.to_state IN ('ACCEPTED', 'CLOSED')), 0) AS resolved,
                       COALESCE(SUM(s.to_state NOT IN ('ACCEPTED', 'CLOSED')), 0) AS still_open
                FROM matter m JOIN matter_step s ON s.id = (
                    SELECT x.id FROM matter_step x WHERE x.matter_id = m.id AND x.occurred_at < ?
                    ORDER BY x.occurred_at DESC, x.id DESC LIMIT 1)""" + sql.where())
                .params(args).query(MatterCounts.class).single();
    }

    /**
     * The median of days from publication to closing, of matters closed by {@code on} (null: now): now, from the
     * tally's histogram ({@link MatterTallies}); at a past day, from the matters' own on {@code
     * ix_matter_town_figures} ({@link DayMedians}).
     */
    @Nullable Double medianDaysToClose(Optional<Long> town, @Nullable LocalDate on) {
        if (on == null) {
            return tallies.medianDays("CLOSE", town);
        }
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("m.town_id = ?", t));
        sql.and("m.closed_on <= ?", on);
        return DayMedians.of(jdbc, java.util.Map.of("close", new String[] {"m.closed_on", "m.published_on"}), sql)
                .get("close");
    }

    /**
     * Institutions paired, communities and communities with at least one pairing in force, by town/street,
     * now ({@code on} null) or at the end of a past day. A pairing's communities are taken as they are now.
     */
    List<TownPairingFigures> byTown(Optional<Long> town, @Nullable LocalDate on) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("t.id = ?", t));
        String active = on == null ? "p.status = 'ACTIVE'" : "p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)";
        List<Object> args = new ArrayList<>();
        if (on != null) {
            args.addAll(List.of(on, on, on, on));
        }
        args.addAll(List.of(sql.args()));
        return jdbc.sql("""
                SELECT t.id AS town_id, t.name AS town_name,
                  (SELECT COUNT(DISTINCT p.institution_id) FROM pairing p WHERE p.town_id = t.id AND %1$s) AS institutions_paired,
                  (SELECT COUNT(*) FROM community c WHERE c.town_id = t.id) AS communities,
                  (SELECT COUNT(DISTINCT pc.community_id) FROM pairing p JOIN pairing_community pc ON pc.pairing_id = p.id
                    WHERE p.town_id = t.id AND %1$s) AS communities_paired
                FROM town t""".formatted(active) + sql.where() + " ORDER BY t.sort_order")
                .params(args).query(TownPairingFigures.class).list();
    }

    /** Pairings in force now (null) or at the end of a past day: started by then and not ended before it. */
    private static Sql inForce(@Nullable LocalDate on, Optional<Long> town) {
        Sql sql = on == null ? new Sql().and("p.status = 'ACTIVE'")
                : new Sql().and("p.start_date <= ? AND (p.end_date IS NULL OR p.end_date >= ?)", on, on);
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        return sql;
    }

    private long count(String select, Sql sql) {
        return jdbc.sql(select + sql.where()).params(sql.args()).query(Long.class).single();
    }
}
