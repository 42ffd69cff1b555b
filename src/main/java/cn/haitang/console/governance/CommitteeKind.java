package cn.haitang.console.governance;

/** 业委会 where the compound is required to form one, otherwise 物管会. */
public enum CommitteeKind {
    OWNERS,
    PROPERTY_MANAGEMENT;

    public String messageKey() {
        return "gov.committeeKind." + name();
    }
}
