package cn.haitang.console.funds;

import cn.haitang.console.base.db.Sql;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The read side of funds and their ledgers, in SQL. Balances and breakdowns come from {@code fund_tally}
 * (kept by triggers with every posted movement, changeset 030), so they read a few rows per fund; the
 * ledger pages over the movements' (fund, date, id) index. Callers (the services) have checked the scope.
 */
@Component
class FundsQueries {

    static final String INCOME_KINDS = "('DONATION', 'PROJECT_INCOME', 'ALLOCATION_IN', 'INTEREST')";

    private static final String FUND_SELECT = """
            SELECT f.id, f.version, f.kind, f.name, f.town_id, t.name AS town_name, f.community_id,
                   c.name AS community_name, f.custodian, f.bank_account, f.opened_on, f.approval_threshold,
                   (SELECT COALESCE(SUM(y.total), 0) FROM fund_tally y WHERE y.fund_id = f.id) AS balance,
                   (SELECT COALESCE(SUM(y.total), 0) FROM fund_tally y WHERE y.fund_id = f.id
                     AND y.kind IN %1$s) AS income,
                   (SELECT COALESCE(-SUM(y.total), 0) FROM fund_tally y WHERE y.fund_id = f.id
                     AND y.kind NOT IN %1$s) AS spending,
                   (SELECT COUNT(*) FROM fund_movement p WHERE p.fund_id = f.id AND p.status = 'PENDING') AS pending
            FROM fund f LEFT JOIN town t ON t.id = f.town_id LEFT JOIN community c ON c.id = f.community_id"""
            .formatted(INCOME_KINDS);

    private static final Map<String, String> FUND_SORT = Map.of("name", "f.name", "town", "t.sort_order",
            "balance", "balance", "income", "income", "spending", "spending", "openedOn", "f.opened_on");

    private static final String MOVEMENT_SELECT = """
            SELECT m.id, m.version, m.fund_id, m.moved_on, m.kind, m.direction = 'IN' AS incoming, m.amount, m.status,
                   m.counterparty, m.anonymous, m.purpose, m.project_id, p.title AS project_title, m.scene_id,
                   sc.name AS scene_name, m.reverses_id,
                   r.id AS reversed_by_id, m.reason, m.recorded_by, m.recorded_at, m.approved_by,
                   (SELECT COUNT(*) FROM fund_voucher v WHERE v.movement_id = m.id) AS vouchers
            FROM fund_movement m LEFT JOIN contest_project p ON p.id = m.project_id
            LEFT JOIN scene sc ON sc.id = m.scene_id LEFT JOIN fund_movement r ON r.reverses_id = m.id""";

    private final JdbcClient jdbc;

    FundsQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- funds ---------------------------------------------------------------------------------------

    /**
     * A page of funds. Unless it is sorted by a sum, the page's ids are found first from the fund rows alone
     * (a deferred join), so the tally sums and the pending count are computed for those 50 funds, not for all.
     */
    List<FundRow> funds(FundFilter filter, Optional<Long> town, boolean withCityFund, Pageable page) {
        Sql sql = fundWhere(filter, town, withCityFund);
        String order = Sql.orderBy(page.getSort(), FUND_SORT, "f.kind, t.sort_order, c.name, f.id");
        boolean bySums = page.getSort().stream().anyMatch(o -> List.of("balance", "income", "spending").contains(o.getProperty()));
        if (bySums) {
            return jdbc.sql(FUND_SELECT + sql.where() + order + " LIMIT ? OFFSET ?")
                    .params(sql.args(page.getPageSize(), page.getOffset())).query(FundRow.class).list();
        }
        String ids = "SELECT f.id FROM fund f LEFT JOIN town t ON t.id = f.town_id LEFT JOIN community c ON c.id = f.community_id"
                + sql.where() + order + " LIMIT ? OFFSET ?";
        return jdbc.sql(FUND_SELECT.replace("FROM fund f LEFT JOIN", "FROM (" + ids + ") page JOIN fund f ON f.id = page.id LEFT JOIN")
                        + order)
                .params(sql.args(page.getPageSize(), page.getOffset())).query(FundRow.class).list();
    }

    long countFunds(FundFilter filter, Optional<Long> town, boolean withCityFund) {
        Sql sql = fundWhere(filter, town, withCityFund);
        return jdbc.sql("SELECT COUNT(*) FROM fund f" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    /** {@code town}: the town's funds only, and the city fund beside them when {@code withCityFund} (a coordinator's list). */
    private static Sql fundWhere(FundFilter filter, Optional<Long> town, boolean withCityFund) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and(withCityFund ? "(f.town_id = ? OR f.kind = 'CITY')" : "f.town_id = ?", t));
        sql.andIf(filter.communityId() != null, "f.community_id = ?", filter.communityId());
        sql.andIf(filter.kind() != null, "f.kind = ?", filter.kind() == null ? null : filter.kind().name());
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("f.name LIKE ?", Sql.contains(filter.text()));
        }
        return sql;
    }

    FundRow fund(long id) {
        return jdbc.sql(FUND_SELECT + " WHERE f.id = ?").param(id).query(FundRow.class).single();
    }

    /** The funds a coordinator or admin can pick as an allocation's target, a contest's fund and the like. */
    List<Option> fundOptions(Optional<Long> town, boolean communityOnly) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("f.town_id = ?", t));
        sql.andIf(communityOnly, "f.kind = 'COMMUNITY'");
        return jdbc.sql("SELECT f.id, f.name FROM fund f" + sql.where() + " ORDER BY f.kind, f.name")
                .params(sql.args()).query(Option.class).list();
    }

    /** Balance, income and spending of a fund from its tally. */
    FundFacts facts(long fundId) {
        return jdbc.sql("""
                SELECT COALESCE(SUM(total), 0) AS balance,
                       COALESCE(SUM(IF(kind IN %1$s, total, 0)), 0) AS income,
                       COALESCE(-SUM(IF(kind IN %1$s, 0, total)), 0) AS spending
                FROM fund_tally WHERE fund_id = ?""".formatted(INCOME_KINDS)).param(fundId).query(FundFacts.class).single();
    }

    /** A fund's balance straight from its posted movements (what the tally must always equal). */
    BigDecimal balanceFromMovements(long fundId) {
        return jdbc.sql("SELECT COALESCE(SUM(signed_amount), 0) FROM fund_movement WHERE fund_id = ? AND status = 'POSTED'")
                .param(fundId).query(BigDecimal.class).single();
    }

    /** Income and spending per month of a period (months with no movement are left out). */
    List<AmountLine> monthly(long fundId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT DATE_FORMAT(month, '%%Y-%%m') AS `key`, COALESCE(SUM(IF(kind IN %1$s, total, 0)), 0) AS income,
                       COALESCE(-SUM(IF(kind IN %1$s, 0, total)), 0) AS spending
                FROM fund_tally WHERE fund_id = ? AND month BETWEEN ? AND ? GROUP BY month ORDER BY month"""
                        .formatted(INCOME_KINDS))
                .params(fundId, from.withDayOfMonth(1), to).query(AmountLine.class).list();
    }

    /** Income by source and spending by purpose (the movement kinds) of a period. */
    List<AmountLine> byKind(long fundId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT kind AS `key`, COALESCE(SUM(IF(kind IN %1$s, total, 0)), 0) AS income,
                       COALESCE(-SUM(IF(kind IN %1$s, 0, total)), 0) AS spending
                FROM fund_tally WHERE fund_id = ? AND month BETWEEN ? AND ? GROUP BY kind ORDER BY kind"""
                        .formatted(INCOME_KINDS))
                .params(fundId, from.withDayOfMonth(1), to).query(AmountLine.class).list();
    }

    /** The balance at the start of a day: whole months from the tally, the rest of that month from the movements. */
    BigDecimal balanceBefore(long fundId, LocalDate day) {
        LocalDate monthStart = day.withDayOfMonth(1);
        BigDecimal months = jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM fund_tally WHERE fund_id = ? AND month < ?")
                .params(fundId, monthStart).query(BigDecimal.class).single();
        BigDecimal days = jdbc.sql("""
                SELECT COALESCE(SUM(signed_amount), 0) FROM fund_movement
                WHERE fund_id = ? AND status = 'POSTED' AND moved_on >= ? AND moved_on < ?""")
                .params(fundId, monthStart, day).query(BigDecimal.class).single();
        return months.add(days);
    }

    // ---- movements -----------------------------------------------------------------------------------

    List<MovementRow> movements(long fundId, MovementFilter filter, Pageable page) {
        Sql sql = movementWhere(fundId, filter);
        String ids = "SELECT m.id FROM fund_movement m" + sql.where() + " ORDER BY m.moved_on DESC, m.id DESC LIMIT ? OFFSET ?";
        return jdbc.sql(MOVEMENT_SELECT.replace("FROM fund_movement m LEFT", "FROM (" + ids
                        + ") page JOIN fund_movement m ON m.id = page.id LEFT") + " ORDER BY m.moved_on DESC, m.id DESC")
                .params(sql.args(page.getPageSize(), page.getOffset())).query(MovementRow.class).list();
    }

    long countMovements(long fundId, MovementFilter filter) {
        Sql sql = movementWhere(fundId, filter);
        return jdbc.sql("SELECT COUNT(*) FROM fund_movement m" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Sql movementWhere(long fundId, MovementFilter filter) {
        Sql sql = new Sql().and("m.fund_id = ?", fundId);
        sql.andIf(filter.kind() != null, "m.kind = ?", filter.kind() == null ? null : filter.kind().name());
        sql.andIf(filter.status() != null, "m.status = ?", filter.status() == null ? null : filter.status().name());
        sql.andIf(filter.from() != null, "m.moved_on >= ?", filter.from());
        sql.andIf(filter.to() != null, "m.moved_on <= ?", filter.to());
        if (filter.text() != null && !filter.text().isBlank()) {
            String like = Sql.contains(filter.text());
            sql.and("(m.counterparty LIKE ? OR m.purpose LIKE ?)", like, like);
        }
        return sql;
    }

    MovementRow movement(long id) {
        return jdbc.sql(MOVEMENT_SELECT + " WHERE m.id = ?").param(id).query(MovementRow.class).single();
    }

    /** Posted movements of a period in date order, anonymous donors' names never selected. */
    List<DisclosureLine> disclosureLines(long fundId, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                SELECT m.moved_on, m.kind, m.direction = 'IN' AS incoming, m.amount,
                       CASE WHEN m.anonymous THEN '' ELSE m.counterparty END AS counterparty, m.purpose,
                       COALESCE(p.title, sc.name) AS project_title, m.reverses_id IS NOT NULL AS reversal
                FROM fund_movement m LEFT JOIN contest_project p ON p.id = m.project_id LEFT JOIN scene sc ON sc.id = m.scene_id
                WHERE m.fund_id = ? AND m.status = 'POSTED' AND m.moved_on BETWEEN ? AND ?
                ORDER BY m.moved_on, m.id""").params(fundId, from, to).query(DisclosureLine.class).list();
    }

    List<VoucherRow> vouchers(long movementId) {
        return jdbc.sql("""
                SELECT id, file_name, content_type, size_bytes, uploaded_at, uploaded_by FROM fund_voucher
                WHERE movement_id = ? ORDER BY id""").param(movementId).query(VoucherRow.class).list();
    }

    /** A contest project's community and state, for movements that name it. */
    Optional<ProjectPlace> projectPlace(long projectId) {
        return jdbc.sql("SELECT id, town_id, community_id, state FROM contest_project WHERE id = ?").param(projectId)
                .query(ProjectPlace.class).optional();
    }

    record ProjectPlace(long id, long townId, long communityId, String state) {
    }

    /** The grants a scene received (posted, with their reversals), newest first, and the fund each came from. */
    List<cn.haitang.console.circle.SceneGrantRow> sceneGrants(long sceneId) {
        return jdbc.sql("""
                SELECT m.id AS movement_id, m.moved_on, f.name AS fund_name, -m.signed_amount AS amount, m.purpose,
                       m.reverses_id IS NOT NULL AS reversal
                FROM fund_movement m JOIN fund f ON f.id = m.fund_id
                WHERE m.scene_id = ? AND m.status = 'POSTED' AND m.kind = 'GRANT'
                ORDER BY m.moved_on DESC, m.id DESC""").param(sceneId).query(cn.haitang.console.circle.SceneGrantRow.class).list();
    }

    /** The balance read with a locking read: the latest committed tally, whatever the transaction saw before. */
    BigDecimal lockedBalance(long fundId) {
        return jdbc.sql("SELECT COALESCE(SUM(total), 0) FROM fund_tally WHERE fund_id = ? FOR UPDATE").param(fundId)
                .query(BigDecimal.class).single();
    }
}
