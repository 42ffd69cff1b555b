package cn.haitang.console.circle;

import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The circle's figures and coverage for the city or one town/street: a coordinator gets their own town
 * whatever they ask for another; a reviewer gets nothing. Scenes count as they stand now; person-times
 * and volunteer hours as at the end of the month asked for.
 */
@Service
@Transactional(readOnly = true)
public class CircleFiguresService {

    private final CircleFiguresQueries queries;
    private final CurrentUser currentUser;
    private final Clock clock;

    CircleFiguresService(CircleFiguresQueries queries, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    public CircleFigures figures(@Nullable Long townId, @Nullable YearMonth month) {
        return queries.figures(monthOrNow(month), town(townId));
    }

    public List<CircleAreaLine> byArea(@Nullable Long townId, @Nullable YearMonth month) {
        return queries.byArea(monthOrNow(month), town(townId));
    }

    public List<TypeCount> byType(@Nullable Long townId) {
        return queries.byType(town(townId));
    }

    /** Each community's reach: service items within reach and the target groups served (gaps only when asked). */
    public List<CoverageRow> coverage(@Nullable Long townId, boolean gapsOnly, Pageable pageable) {
        return queries.coverage(town(townId), gapsOnly, pageable);
    }

    public long countCoverage(@Nullable Long townId, boolean gapsOnly) {
        return queries.countCoverage(town(townId), gapsOnly);
    }

    private Optional<Long> town(@Nullable Long townId) {
        return CircleChecks.town(currentUser.scope(), townId);
    }

    private YearMonth monthOrNow(@Nullable YearMonth month) {
        return month == null ? YearMonth.now(clock) : month;
    }
}
