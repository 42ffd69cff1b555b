package cn.haitang.console.governance;

/** Who vetted a candidate: the compound party branch or the community party organisation. */
public enum VetterKind {
    COMPOUND_BRANCH,
    COMMUNITY_PARTY;

    public String messageKey() {
        return "gov.vetterKind." + name();
    }
}
