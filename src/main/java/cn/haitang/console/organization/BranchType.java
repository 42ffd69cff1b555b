package cn.haitang.console.organization;

/** A compound party branch is entity-type (实体型) or functional (功能型); a compound may have one of each. */
public enum BranchType {
    ENTITY,
    FUNCTIONAL;

    public String messageKey() {
        return "org.branchType." + name();
    }
}
