package cn.haitang.console.pairing;

import cn.haitang.console.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 共驻共建 figures the dashboard and the community view show, for the city or one town/street, now
 * or for a past month. Everything is counted in SQL ({@link PairingFiguresQueries}); a coordinator gets
 * their own town/street only.
 */
@Service
@Transactional(readOnly = true)
public class PairingFiguresService {

    private final PairingFiguresQueries queries;
    private final ActivityQueries activities;
    private final CurrentUser currentUser;
    private final Clock clock;

    PairingFiguresService(PairingFiguresQueries queries, ActivityQueries activities, CurrentUser currentUser, Clock clock) {
        this.queries = queries;
        this.activities = activities;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The figures of the city (townId null) or one town/street, now. */
    public PairingFigures figures(@Nullable Long townId) {
        return figures(townId, null);
    }

    /**
     * The same for a month ({@code asOf}; null: now). For a past month: activities and unified service
     * days of that month; pairings in force, matters published, resolved and still open at its last
     * day (each matter's state then read from its steps). Members and volunteers are always the current
     * count: a report keeps no date of its withdrawal.
     */
    public PairingFigures figures(@Nullable Long townId, @Nullable YearMonth asOf) {
        Optional<Long> town = PairingChecks.town(currentUser.scope(), townId);
        YearMonth thisMonth = YearMonth.now(clock);
        YearMonth month = asOf == null || asOf.isAfter(thisMonth) ? thisMonth : asOf;
        LocalDate on = month.isBefore(thisMonth) ? month.atEndOfMonth() : null;
        // counted in SQL: the figures need how many, not the rows (with their names, sorted)
        ActivityQueries.ServiceDayCounts days = activities.serviceDayCounts(month, town);
        PairingFiguresQueries.Reported reported = queries.reported(town);
        PairingFiguresQueries.MatterCounts matters = queries.matters(town, on);
        return new PairingFigures(queries.institutions(town), queries.institutionsPaired(town, on), queries.communities(town),
                queries.communitiesPaired(town, on), queries.activities(town, month), days.due(), days.held(),
                reported.members(), reported.volunteers(), matters.published(), matters.resolved(), matters.stillOpen(),
                queries.medianDaysToClose(town, on));
    }

    /**
     * Only the pairing counts of {@link #figures(Long)} (institutions and those paired, communities and those
     * with a pairing in force), now: four counts instead of the whole set of figures, for the communities view's
     * headline.
     */
    public PairedCounts pairedCounts(@Nullable Long townId) {
        Optional<Long> town = PairingChecks.town(currentUser.scope(), townId);
        return new PairedCounts(queries.institutions(town), queries.institutionsPaired(town, null),
                queries.communities(town), queries.communitiesPaired(town, null));
    }

    /** Institutions (registry or ever paired with the town) and those paired now; communities and those paired now. */
    public record PairedCounts(long institutions, long institutionsPaired, long communities, long communitiesPaired) {
    }

    /** Institutions paired, communities and communities with at least one active pairing, by town/street. */
    public List<TownPairingFigures> pairingFiguresByTown() {
        return pairingFiguresByTown(null);
    }

    /**
     * The same as it stood at the end of a past day ({@code on}; null: now): pairings that had started
     * and not yet ended on that day. A pairing's communities are taken as they are now (they carry no dates).
     */
    public List<TownPairingFigures> pairingFiguresByTown(@Nullable LocalDate on) {
        return queries.byTown(currentUser.scope().townFilter(), on);
    }
}
