package cn.haitang.console.funds;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The venture contest's years: the calendar (call for proposals → review → awards → implementation →
 * closing evaluation), the fund its grants come from and its budget, and its rubric (criteria summing to
 * 100 points, frozen once a juror has scored). City admins keep them; everyone signed in reads them.
 */
@Service
@Transactional
public class ContestService {

    private final ContestYearRepository years;
    private final ContestCriterionRepository criteria;
    private final FundRepository funds;
    private final ContestQueries queries;
    private final JdbcClient jdbc;
    private final CurrentUser currentUser;

    ContestService(ContestYearRepository years, ContestCriterionRepository criteria, FundRepository funds, ContestQueries queries,
                   JdbcClient jdbc, CurrentUser currentUser) {
        this.years = years;
        this.criteria = criteria;
        this.funds = funds;
        this.queries = queries;
        this.jdbc = jdbc;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<ContestYearRow> years() {
        currentUser.require();
        return queries.years();
    }

    @Transactional(readOnly = true)
    public List<CriterionRow> criteria(long yearId) {
        currentUser.require();
        return queries.criteria(yearId);
    }

    public long createYear(ContestYearForm form) {
        currentUser.scope().requireAdmin();
        return years.save(new ContestYear(valid(form, 0))).requireId();
    }

    public void updateYear(long id, long seenVersion, ContestYearForm form) {
        currentUser.scope().requireAdmin();
        ContestYear year = years.findById(id).orElseThrow(FundsChecks::notFound);
        StaleEditException.check(seenVersion, year.getVersion());
        year.describe(valid(form, id));
        years.flush();
    }

    /** Adds a criterion to a year's rubric: at most 100 points in all, and not once scoring has begun. */
    public long addCriterion(long yearId, @Nullable String name, @Nullable Integer maxPoints) {
        currentUser.scope().requireAdmin();
        years.findById(yearId).orElseThrow(FundsChecks::notFound);
        String clean = FieldChecks.text("name", name, 60);
        int points = FieldChecks.integer("maxPoints", maxPoints, 1, 100);
        if (scored(yearId)) {
            throw new RuleViolationException("funds.error.rubricFrozen");
        }
        if (queries.criteria(yearId).stream().anyMatch(c -> c.name().equals(clean))) {
            throw RuleViolationException.atField("name", "funds.error.duplicateCriterion", clean);
        }
        int total = queries.rubricTotal(yearId);
        if (total + points > 100) {
            throw RuleViolationException.atField("maxPoints", "funds.error.rubricOver100", 100 - total);
        }
        return criteria.save(new ContestCriterion(yearId, queries.criteria(yearId).size() + 1, clean, points)).requireId();
    }

    private boolean scored(long yearId) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM contest_score s JOIN contest_project p ON p.id = s.project_id
                WHERE p.contest_year_id = ?)""").param(yearId).query(Boolean.class).single();
    }

    private ContestYearForm valid(ContestYearForm f, long id) {
        int year = FieldChecks.integer("year", f.year(), 2020, 2100);
        if (years.existsByYearAndIdNot(year, id)) {
            throw RuleViolationException.atField("year", "funds.error.duplicateYear", year);
        }
        String name = FieldChecks.text("name", f.name(), 100);
        Fund fund = funds.findById(FieldChecks.required("fundId", f.fundId()))
                .orElseThrow(() -> RuleViolationException.atField("fundId", "error.notFound"));
        if (fund.getKind() != FundKind.CITY) {
            throw RuleViolationException.atField("fundId", "funds.error.contestFundCity");
        }
        BigDecimal budget = FieldChecks.decimal("budget", f.budget(), FundsChecks.MIN_AMOUNT, FundsChecks.MAX_AMOUNT, 2);
        LocalDate min = LocalDate.of(year - 1, 1, 1);
        LocalDate max = LocalDate.of(year + 2, 12, 31);
        LocalDate opens = FieldChecks.date("callOpens", f.callOpens(), min, max);
        LocalDate closes = after("callCloses", f.callCloses(), opens, max);
        LocalDate review = after("reviewEnds", f.reviewEnds(), closes, max);
        LocalDate awards = after("awardsOn", f.awardsOn(), review, max);
        LocalDate implementation = after("implementationEnds", f.implementationEnds(), awards, max);
        LocalDate closing = after("closingOn", f.closingOn(), implementation, max);
        return new ContestYearForm(year, name, fund.requireId(), budget, opens, closes, review, awards, implementation, closing);
    }

    /** A calendar date no earlier than the step before it. */
    private static LocalDate after(String field, @Nullable LocalDate value, LocalDate previous, LocalDate max) {
        LocalDate date = FieldChecks.required(field, value);
        if (date.isBefore(previous)) {
            throw RuleViolationException.atField(field, "funds.error.calendarOrder", previous);
        }
        return FieldChecks.date(field, date, previous, max);
    }
}
