package cn.haitang.console.deliberation;

import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The feature's figures for the dashboard and the monthly report, in the caller's scope. */
@Service
@Transactional(readOnly = true)
public class DeliberationFiguresService {

    private final DeliberationFiguresQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    DeliberationFiguresService(DeliberationFiguresQueries queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** One line per town (townId null: the city, admins only) or per community of one town, as at the month's end (or today). */
    public List<AreaFigures> byArea(@Nullable YearMonth asOf, @Nullable Long townId) {
        Long town = DelibChecks.town(currentUser.scope(), townId).orElse(null);
        LocalDate today = LocalDate.now(clock);
        LocalDate on = asOf == null || !asOf.atEndOfMonth().isBefore(today) ? today : asOf.atEndOfMonth();
        LocalDate monthStart = YearMonth.from(on).atDay(1);
        return queries.lines(town, on, monthStart).stream()
                .map(l -> new AreaFigures(l.areaId(), l.areaName(), town == null, l.figures(), l.sessionsInMonth())).toList();
    }

    public DeliberationFigures total(List<AreaFigures> lines) {
        return DeliberationFiguresQueries.total(lines.stream()
                .map(a -> new DeliberationFiguresQueries.Line(a.areaId(), a.areaName(), a.figures(), a.sessionsInMonth())).toList());
    }

    /** An area's figures: a town/street (when {@code town}) or a community. */
    public record AreaFigures(long areaId, String areaName, boolean town, DeliberationFigures figures, long sessionsInMonth) {
    }
}
