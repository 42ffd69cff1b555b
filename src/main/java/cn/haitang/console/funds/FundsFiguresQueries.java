package cn.haitang.console.funds;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The city's fund figures from the tally (a few rows per fund) and the contest's projects, grouped in SQL. */
@Component
class FundsFiguresQueries {

    private static final String INCOME = FundsQueries.INCOME_KINDS;

    private final JdbcClient jdbc;

    FundsFiguresQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    BigDecimal cityBalance(LocalDate until) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(y.total), 0) FROM fund f JOIN fund_tally y ON y.fund_id = f.id
                WHERE f.kind = 'CITY' AND y.month <= ?""").param(until).query(BigDecimal.class).single();
    }

    /** Per town (townId null) or per community of a town: funds, raised, spent, balance up to a month; awards. */
    List<AreaFigures> areas(@Nullable Long townId, LocalDate until) {
        String area = townId == null ? "t.id" : "c.id";
        String name = townId == null ? "t.name" : "c.name";
        String order = townId == null ? "t.sort_order" : "c.name";
        String where = townId == null ? "" : " WHERE c.town_id = " + "?";
        String sql = """
                SELECT %1$s AS area_id, %2$s AS area_name, COUNT(f.id) AS funds,
                       COALESCE(SUM(s.raised), 0) AS raised, COALESCE(SUM(s.spent), 0) AS spent,
                       COALESCE(SUM(s.balance), 0) AS balance,
                       COALESCE(SUM(p.awarded), 0) AS awarded, COALESCE(SUM(p.granted), 0) AS granted
                FROM community c JOIN town t ON t.id = c.town_id
                LEFT JOIN fund f ON f.community_id = c.id
                LEFT JOIN (SELECT y.fund_id, SUM(IF(y.kind IN %3$s, y.total, 0)) AS raised,
                                  -SUM(IF(y.kind IN %3$s, 0, y.total)) AS spent, SUM(y.total) AS balance
                           FROM fund_tally y WHERE y.month <= ? GROUP BY y.fund_id) s ON s.fund_id = f.id
                LEFT JOIN (SELECT community_id, COUNT(*) AS awarded, SUM(grant_amount) AS granted FROM contest_project
                           WHERE grant_amount IS NOT NULL GROUP BY community_id) p ON p.community_id = c.id
                %4$s GROUP BY %1$s, %2$s, %5$s ORDER BY %5$s""".formatted(area, name, INCOME, where, order);
        var spec = jdbc.sql(sql).param(until);
        if (townId != null) {
            spec = spec.param(townId);
        }
        return spec.query(AreaFigures.class).list().stream()
                .filter(a -> townId != null || a.funds() > 0 || a.awarded() > 0).toList();
    }

    BigDecimal projectSpent(@Nullable Long townId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(b.spent), 0) FROM contest_budget_line b JOIN contest_project p ON p.id = b.project_id
                WHERE (? IS NULL OR p.town_id = ?)""").params(townId, townId).query(BigDecimal.class).single();
    }
}
