package cn.haitang.console.region;

import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import java.util.List;
import org.springframework.stereotype.Component;

/** The region's areas as the shared area filter reads them, scope applied by {@link RegionService}. */
@Component
class RegionAreas implements AreaDirectory {

    private final RegionService region;

    RegionAreas(RegionService region) {
        this.region = region;
    }

    @Override
    public List<Area> townsInScope() {
        return region.townsInScope().stream().map(t -> new Area(t.id(), t.name())).toList();
    }

    @Override
    public List<Area> communitiesOf(long townId) {
        return region.communitiesOf(townId).stream().map(c -> new Area(c.id(), c.name())).toList();
    }

    @Override
    public List<Area> compoundsOf(long communityId) {
        return region.compoundsOf(communityId).stream().map(c -> new Area(c.id(), c.name())).toList();
    }
}
