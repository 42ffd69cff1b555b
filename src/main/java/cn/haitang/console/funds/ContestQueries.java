package cn.haitang.console.funds;

import cn.haitang.console.base.db.Sql;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The read side of the venture contest in SQL; callers (the services) have checked the scope. */
@Component
class ContestQueries {

    private static final String PROJECT_SELECT = """
            SELECT p.id, p.version, p.contest_year_id, y.year, t.name AS town_name, p.community_id,
                   c.name AS community_name, p.title, p.state, p.earns_income,
                   (SELECT COALESCE(SUM(b.amount), 0) FROM contest_budget_line b WHERE b.project_id = p.id) AS requested,
                   p.grant_amount,
                   (SELECT COALESCE(SUM(b.spent), 0) FROM contest_budget_line b WHERE b.project_id = p.id) AS spent,
                   (SELECT COALESCE(SUM(m.signed_amount), 0) FROM fund_movement m WHERE m.project_id = p.id
                     AND m.kind = 'PROJECT_INCOME' AND m.status = 'POSTED') AS income,
                   (SELECT ROUND(SUM(s.points) / COUNT(DISTINCT s.juror), 1) FROM contest_score s
                     WHERE s.project_id = p.id) AS score,
                   (SELECT COUNT(DISTINCT s.juror) FROM contest_score s WHERE s.project_id = p.id) AS jurors,
                   (SELECT COALESCE(ROUND(AVG(ms.progress)), 0) FROM contest_milestone ms WHERE ms.project_id = p.id)
                     AS progress,
                   (SELECT COUNT(*) FROM contest_milestone ms WHERE ms.project_id = p.id AND ms.progress < 100
                     AND ms.due_on < ?) AS late_milestones
            FROM contest_project p JOIN contest_year y ON y.id = p.contest_year_id JOIN town t ON t.id = p.town_id
            JOIN community c ON c.id = p.community_id""";

    private static final Map<String, String> PROJECT_SORT = Map.of("title", "p.title", "town", "t.sort_order",
            "state", "p.state", "score", "score", "grantAmount", "p.grant_amount", "progress", "progress",
            "year", "y.year");

    private final JdbcClient jdbc;

    ContestQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<ContestYearRow> years() {
        return jdbc.sql("""
                SELECT y.id, y.version, y.year, y.name, y.fund_id, f.name AS fund_name, y.budget, y.call_opens,
                       y.call_closes, y.review_ends, y.awards_on, y.implementation_ends, y.closing_on,
                       (SELECT COUNT(*) FROM contest_project p WHERE p.contest_year_id = y.id) AS proposals,
                       (SELECT COUNT(*) FROM contest_project p WHERE p.contest_year_id = y.id
                         AND p.state IN ('AWARDED', 'IN_PROGRESS', 'CLOSED')) AS awarded,
                       (SELECT COALESCE(SUM(p.grant_amount), 0) FROM contest_project p WHERE p.contest_year_id = y.id)
                         AS granted
                FROM contest_year y JOIN fund f ON f.id = y.fund_id ORDER BY y.year DESC""")
                .query(ContestYearRow.class).list();
    }

    List<CriterionRow> criteria(long yearId) {
        return jdbc.sql("SELECT id, name, max_points FROM contest_criterion WHERE contest_year_id = ? ORDER BY sort_order, id")
                .param(yearId).query(CriterionRow.class).list();
    }

    int rubricTotal(long yearId) {
        return jdbc.sql("SELECT COALESCE(SUM(max_points), 0) FROM contest_criterion WHERE contest_year_id = ?")
                .param(yearId).query(Integer.class).single();
    }

    java.math.BigDecimal granted(long yearId) {
        return jdbc.sql("SELECT COALESCE(SUM(grant_amount), 0) FROM contest_project WHERE contest_year_id = ?")
                .param(yearId).query(java.math.BigDecimal.class).single();
    }

    List<ProjectRow> projects(ProjectFilter filter, Optional<Long> town, @Nullable Long excludeTown, LocalDate today,
                              Pageable page) {
        Sql sql = where(filter, town, excludeTown, today);
        return jdbc.sql(PROJECT_SELECT + sql.where() + Sql.orderBy(page.getSort(), PROJECT_SORT, "y.year DESC, p.id")
                        + " LIMIT ? OFFSET ?")
                .params(prepend(today, sql.args(page.getPageSize(), page.getOffset()))).query(ProjectRow.class).list();
    }

    long countProjects(ProjectFilter filter, Optional<Long> town, @Nullable Long excludeTown, LocalDate today) {
        Sql sql = where(filter, town, excludeTown, today);
        return jdbc.sql("SELECT COUNT(*) FROM contest_project p" + sql.where()).params(sql.args()).query(Long.class).single();
    }

    private static Object[] prepend(Object first, Object[] rest) {
        Object[] all = new Object[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }

    private static Sql where(ProjectFilter filter, Optional<Long> town, @Nullable Long excludeTown, LocalDate today) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        sql.andIf(excludeTown != null, "p.town_id <> ?", excludeTown);
        sql.andIf(filter.yearId() != null, "p.contest_year_id = ?", filter.yearId());
        sql.andIf(filter.townId() != null, "p.town_id = ?", filter.townId());
        sql.andIf(filter.communityId() != null, "p.community_id = ?", filter.communityId());
        sql.andIf(filter.state() != null, "p.state = ?", filter.state() == null ? null : filter.state().name());
        if (filter.text() != null && !filter.text().isBlank()) {
            sql.and("p.title LIKE ?", Sql.contains(filter.text()));
        }
        sql.andIf(filter.lateOnly(), "p.state IN ('AWARDED', 'IN_PROGRESS') AND EXISTS (SELECT 1 FROM contest_milestone ms "
                + "WHERE ms.project_id = p.id AND ms.progress < 100 AND ms.due_on < ?)", today);
        return sql;
    }

    ProjectRow project(long id, LocalDate today) {
        return jdbc.sql(PROJECT_SELECT + " WHERE p.id = ?").params(today, id).query(ProjectRow.class).single();
    }

    record Texts(String problem, String plan, String team, int expectedBeneficiaries, @Nullable Integer beneficiariesReached,
                 @Nullable String closingEvaluation) {
    }

    Texts texts(long id) {
        return jdbc.sql("""
                SELECT problem, plan, team, expected_beneficiaries, beneficiaries_reached, closing_evaluation
                FROM contest_project WHERE id = ?""").param(id).query(Texts.class).single();
    }

    List<BudgetLineRow> budget(long projectId) {
        return jdbc.sql("SELECT id, version, item, amount, spent FROM contest_budget_line WHERE project_id = ? ORDER BY id")
                .param(projectId).query(BudgetLineRow.class).list();
    }

    List<MilestoneRow> milestones(long projectId, LocalDate today) {
        return jdbc.sql("""
                SELECT id, version, title, due_on, progress, evidence, (progress < 100 AND due_on < ?) AS late
                FROM contest_milestone WHERE project_id = ? ORDER BY due_on, id""").params(today, projectId)
                .query(MilestoneRow.class).list();
    }

    /** A juror's total per proposal of a year (only the proposals they scored). */
    Map<Long, Integer> jurorTotals(long yearId, String juror) {
        Map<Long, Integer> totals = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT s.project_id, SUM(s.points) FROM contest_score s JOIN contest_project p ON p.id = s.project_id
                WHERE p.contest_year_id = ? AND s.juror = ? GROUP BY s.project_id""").params(yearId, juror)
                .query((rs, n) -> totals.put(rs.getLong(1), rs.getInt(2))).list();
        return totals;
    }

    /** A juror's points per criterion of one proposal. */
    Map<Long, Integer> jurorPoints(long projectId, String juror) {
        Map<Long, Integer> points = new java.util.HashMap<>();
        jdbc.sql("SELECT criterion_id, points FROM contest_score WHERE project_id = ? AND juror = ?").params(projectId, juror)
                .query((rs, n) -> points.put(rs.getLong(1), rs.getInt(2))).list();
        return points;
    }

    List<StateCount> byState(Optional<Long> town) {
        Sql sql = new Sql();
        town.ifPresent(t -> sql.and("town_id = ?", t));
        return jdbc.sql("SELECT state, COUNT(*) AS projects FROM contest_project" + sql.where() + " GROUP BY state ORDER BY state")
                .params(sql.args()).query(StateCount.class).list();
    }

    List<Option> awardedOptions(Optional<Long> town, @Nullable Long communityId) {
        Sql sql = new Sql().and("p.state IN ('AWARDED', 'IN_PROGRESS', 'CLOSED')");
        town.ifPresent(t -> sql.and("p.town_id = ?", t));
        sql.andIf(communityId != null, "p.community_id = ?", communityId);
        return jdbc.sql("SELECT p.id, CONCAT(y.year, ' · ', p.title) AS name FROM contest_project p "
                + "JOIN contest_year y ON y.id = p.contest_year_id" + sql.where() + " ORDER BY y.year DESC, p.title")
                .params(sql.args()).query(Option.class).list();
    }
}
