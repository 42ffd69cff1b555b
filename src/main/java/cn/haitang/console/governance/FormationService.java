package cn.haitang.console.governance;

import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee figures, computed in the database: the formation rate (compounds required to form an
 * owners' committee that have one, over those required; 87.6% in the city) and the cross-appointment
 * rate (party members among committee members), for the city, per town/street and per community, and
 * the gap list a coordinator works from. A coordinator's figures are their own town's.
 */
@Service
@Transactional(readOnly = true)
public class FormationService {

    private final GovernanceQueries queries;
    private final RegionService regions;
    private final CurrentUser currentUser;

    FormationService(GovernanceQueries queries, RegionService regions, CurrentUser currentUser) {
        this.queries = queries;
        this.regions = regions;
        this.currentUser = currentUser;
    }

    /** Committee formation and cross-appointment for the whole city (the caller's town for a coordinator). */
    public FormationFigure committeeFormationCity() {
        Optional<Long> town = currentUser.scope().townFilter();
        if (town.isPresent()) {
            return committeeFormationByTown().getFirst();
        }
        return queries.formation(GovernanceQueries.Grouping.AREA, null).getFirst();
    }

    /**
     * The formation view's headline and its per-town lines from one pair of queries: a coordinator's headline is
     * their town's line; the city's is the sum of its towns' lines (every compound and committee lies in one town),
     * equal to {@link #committeeFormationCity()}.
     */
    public Overview committeeFormationOverview() {
        List<FormationFigure> towns = committeeFormationByTown();
        if (currentUser.scope().townFilter().isPresent()) {
            return new Overview(towns.getFirst(), towns);
        }
        long required = 0;
        long formed = 0;
        long members = 0;
        long partyMembers = 0;
        for (FormationFigure t : towns) {
            required += t.required();
            formed += t.formed();
            members += t.members();
            partyMembers += t.partyMembers();
        }
        return new Overview(new FormationFigure(0, "", required, formed, members, partyMembers), towns);
    }

    /** The headline figure (city or the coordinator's town) and the lines per town/street. */
    public record Overview(FormationFigure area, List<FormationFigure> towns) {
    }

    /**
     * The whole city's committee formation, for comparison beside a coordinator's own figure (the city
     * average on the dashboard): any caller with an area may read it; reviewers are refused.
     */
    public FormationFigure committeeFormationWholeCity() {
        currentUser.scope().townFilter();
        return queries.formation(GovernanceQueries.Grouping.AREA, null).getFirst();
    }

    /** Committee formation (numerator/denominator) and cross-appointment per town/street in the caller's area. */
    public List<FormationFigure> committeeFormationByTown() {
        return queries.formation(GovernanceQueries.Grouping.TOWN, currentUser.scope().townFilter().orElse(null));
    }

    /** Committee formation and cross-appointment per community of a town/street. */
    public List<FormationFigure> committeeFormationByCommunity(long townId) {
        currentUser.scope().requireTown(townId);
        return queries.formation(GovernanceQueries.Grouping.COMMUNITY, townId);
    }

    /** The gap list: compounds required to form a committee that have none, in the caller's area. */
    public List<GapRow> formationGaps(GapFilter filter, Pageable pageable) {
        return queries.gaps(filter, town(filter), pageable);
    }

    public int countFormationGaps(GapFilter filter) {
        return queries.countGaps(filter, town(filter));
    }

    private @Nullable Long town(GapFilter filter) {
        Long town = town(filter.townId());
        if (filter.communityId() != null) {
            regions.community(filter.communityId());
        }
        return town;
    }

    /** Ids of the compounds (in the caller's area, optionally one town) that have a committee of either kind. */
    public Set<Long> compoundsWithCommittee(@Nullable Long townId) {
        return queries.compoundsWithCommittee(town(townId));
    }

    /** Ids of the compounds required to form a committee that have none (the gap list as ids). */
    public Set<Long> compoundsWithoutCommittee(@Nullable Long townId) {
        return queries.gapIds(town(townId));
    }

    private @Nullable Long town(@Nullable Long wanted) {
        return GovernanceChecks.town(currentUser.scope(), wanted);
    }
}
