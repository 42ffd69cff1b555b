package cn.haitang.console.organization;

/** The levels of the structure tree, top down. */
public enum NodeKind {
    TOWN,
    COMMUNITY,
    COMPOUND,
    BRANCH,
    GRID_GROUP,
    HOUSEHOLD;

    public String messageKey() {
        return "tree.kind." + name();
    }
}
