package cn.haitang.console.circle;

/**
 * A community's reach in the circle: how many of the ten service items (scene types running at its own
 * positions or at positions lent by institutions paired with it) its residents can reach, and whether a
 * running scene serves each of "一老一小一特".
 */
public record CoverageRow(long communityId, String communityName, String townName, int items, boolean elderly,
                          boolean children, boolean special) {

    /** The circle's promise: ten service items around every home. */
    public static final int ITEMS = 10;

    public boolean hasGap() {
        return !elderly || !children || !special;
    }
}
