package cn.haitang.console.organization;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The coverage figures of the city, a town/street or a community, all counted in SQL: compounds with
 * an entity / functional branch, micro-grids with a grid party group, central households and the
 * households they link; plus the rates other features contribute ({@link CoverageRateSource}).
 */
public record CoverageFigures(CoverageLevel level, long refId, @Nullable Long townId, String name, int compounds,
                              int entityBranches, int functionalBranches, int microGrids, int gridGroups,
                              int centralHouseholds, long linkedHouseholds, List<ContributedRate> contributed) {

    public @Nullable BigDecimal entityRate() {
        return percent(entityBranches, compounds);
    }

    public @Nullable BigDecimal functionalRate() {
        return percent(functionalBranches, compounds);
    }

    public @Nullable BigDecimal gridCoverage() {
        return percent(gridGroups, microGrids);
    }

    public CoverageFigures withContributed(List<ContributedRate> rates) {
        return new CoverageFigures(level, refId, townId, name, compounds, entityBranches, functionalBranches, microGrids,
                gridGroups, centralHouseholds, linkedHouseholds, rates);
    }

    static @Nullable BigDecimal percent(long part, long whole) {
        if (whole == 0) {
            return null;
        }
        return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
