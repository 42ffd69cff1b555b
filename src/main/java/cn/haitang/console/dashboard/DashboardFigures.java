package cn.haitang.console.dashboard;

import cn.haitang.console.accreditation.Level;
import cn.haitang.console.pairing.PairingFigures;
import java.time.YearMonth;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The figure cards of the dashboard for the whole city (townId null) or one town/street: the structure
 * (current or as of a month's snapshot), committee formation, 共驻共建 and the demonstration sites.
 * {@code city} holds the city's rates for comparison when the figures are a town's.
 */
public record DashboardFigures(@Nullable Long townId, String areaName, @Nullable YearMonth asOf, int compounds,
                               Rate entityBranches, Rate functionalBranches, Rate gridCoverage, int centralHouseholds,
                               long linkedHouseholds, Rate committees, @Nullable CityAverage city,
                               PairingFigures pairing, Map<Level, Long> sites, long sitesDueForReview) {

    public long sites(Level level) {
        return sites.getOrDefault(level, 0L);
    }

    public long sitesTotal() {
        return sites.values().stream().mapToLong(Long::longValue).sum();
    }
}
