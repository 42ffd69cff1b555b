package cn.haitang.console.pairing;

import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.MicroGridRow;
import cn.haitang.console.region.RegionService;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The places the pairing forms offer (communities, compounds, micro-grids), as the region service scopes them. */
@Service
@Transactional(readOnly = true)
public class PlacesService {

    private final RegionService region;

    PlacesService(RegionService region) {
        this.region = region;
    }

    /** Every community the caller may work in, by town/street and name. */
    public List<CommunityRef> communitiesInScope() {
        return region.communitiesInScope();
    }

    /** Compounds of a community (scoped), by name, for activity and matter forms. */
    public List<Named> compoundsOf(long communityId) {
        return region.compoundsOf(communityId).stream().map(c -> new Named(c.id(), c.name())).toList();
    }

    /** Micro-grids of a compound (scoped), in the order they were drawn, for reporting forms. */
    public List<Named> gridsOf(long compoundId) {
        return region.microGridsOf(compoundId).stream().sorted(Comparator.comparingLong(MicroGridRow::id))
                .map(g -> new Named(g.id(), g.name())).toList();
    }
}
