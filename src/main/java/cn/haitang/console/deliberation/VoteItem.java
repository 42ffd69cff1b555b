package cn.haitang.console.deliberation;

/**
 * The matters of Civil Code art. 278 that owners decide jointly, in the article's order (items 1–9). Items 6–8
 * (raising maintenance funds, rebuilding or altering the building and its facilities, changing the use of common
 * parts) need three quarters of the participating area and owners; all others more than half of both.
 */
public enum VoteItem {
    RULES_OF_PROCEDURE(1), MANAGEMENT_STATUTE(2), COMMITTEE(3), PROPERTY_MANAGER(4), USE_FUNDS(5), RAISE_FUNDS(6),
    REBUILD_OR_ALTER(7), COMMON_PARTS_USE(8), OTHER_MAJOR(9);

    private final int item;

    VoteItem(int item) {
        this.item = item;
    }

    /** The item's number in art. 278. */
    public int item() {
        return item;
    }

    /** Whether the item needs the three-quarters majority (items 6–8). */
    public boolean needsThreeQuarters() {
        return item >= 6 && item <= 8;
    }

    public String messageKey() {
        return "delib.voteItem.".concat(name());
    }
}
