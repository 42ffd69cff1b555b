package cn.haitang.console.base.area;

import java.util.List;

/**
 * The areas a caller may choose in a filter, scope applied: a coordinator gets only their own town and
 * what lies below it. Implemented by the region feature; the shared area filter reads only this.
 */
public interface AreaDirectory {

    List<Area> townsInScope();

    List<Area> communitiesOf(long townId);

    List<Area> compoundsOf(long communityId);
}
