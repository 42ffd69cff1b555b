package cn.haitang.console.organization;

/** What a gap list lists: compounds without an entity branch, without a functional one, or with uncovered micro-grids. */
public enum GapKind {
    ENTITY_BRANCH,
    FUNCTIONAL_BRANCH,
    GRID_COVERAGE;

    public String messageKey() {
        return "gap.kind." + name();
    }
}
