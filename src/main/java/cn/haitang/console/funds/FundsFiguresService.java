package cn.haitang.console.funds;

import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.Scope;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds' and contest's figures for the dashboard and the monthly report, for the city (admins) or a
 * town (its coordinator, or an admin looking at it); as at the end of a past month for the money.
 */
@Service
@Transactional(readOnly = true)
public class FundsFiguresService {

    private final FundsFiguresQueries queries;
    private final ContestQueries contest;
    private final CurrentUser currentUser;
    private final Clock clock;

    FundsFiguresService(FundsFiguresQueries queries, ContestQueries contest, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.contest = contest;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public CityFigures figures(@Nullable YearMonth asOf, @Nullable Long townId) {
        Scope scope = currentUser.scope();
        Optional<Long> town = FundsChecks.town(scope, townId);
        LocalDate until = asOf == null ? LocalDate.now(clock) : asOf.atEndOfMonth();
        List<AreaFigures> areas = queries.areas(town.orElse(null), until);
        BigDecimal raised = areas.stream().map(AreaFigures::raised).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal balance = areas.stream().map(AreaFigures::balance).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal granted = areas.stream().map(AreaFigures::granted).reduce(BigDecimal.ZERO, BigDecimal::add);
        long funds = areas.stream().mapToLong(AreaFigures::funds).sum();
        return new CityFigures(town.isEmpty() ? queries.cityBalance(until) : null, funds, raised, balance, granted,
                queries.projectSpent(town.orElse(null)), contest.byState(town), areas);
    }
}
