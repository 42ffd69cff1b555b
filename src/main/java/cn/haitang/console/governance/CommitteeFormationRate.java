package cn.haitang.console.governance;

import cn.haitang.console.organization.CoverageRateSource;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The committee formation rate as one more column of the coverage figures (and of their monthly
 * snapshots): compounds required to form a committee that have one, over those required, counted per
 * community in SQL. The same definition as {@link FormationService#committeeFormationByTown()}.
 */
@Component
class CommitteeFormationRate implements CoverageRateSource {

    private final GovernanceQueries queries;

    CommitteeFormationRate(GovernanceQueries queries) {
        this.queries = queries;
    }

    @Override
    public String key() {
        return GovernanceService.COMMITTEE_RATE;
    }

    @Override
    public String titleKey() {
        return "coverage.rate.committee";
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Map<Long, Counts> countsPerCommunity(@Nullable Long townId) {
        return queries.formationPerCommunity(townId);
    }
}
