package cn.haitang.console.region;

/** The levels of the geography below a town/street that can be created, changed and deleted. */
public enum RegionLevel {
    COMMUNITY,
    COMPOUND,
    MICRO_GRID
}
