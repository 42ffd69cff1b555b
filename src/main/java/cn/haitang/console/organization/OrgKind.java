package cn.haitang.console.organization;

/** Tier 1 comes in two sizes: a community party committee (社区党委) or general branch (社区党总支). */
public enum OrgKind {
    COMMITTEE,
    GENERAL_BRANCH;

    public String messageKey() {
        return "org.kind." + name();
    }
}
