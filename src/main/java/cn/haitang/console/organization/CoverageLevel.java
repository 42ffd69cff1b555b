package cn.haitang.console.organization;

/** Where a line of coverage figures applies: the whole city, one town/street, or one community. */
public enum CoverageLevel {
    CITY,
    TOWN,
    COMMUNITY
}
