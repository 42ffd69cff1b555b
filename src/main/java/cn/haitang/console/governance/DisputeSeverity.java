package cn.haitang.console.governance;

public enum DisputeSeverity {
    MINOR,
    SERIOUS;

    public String messageKey() {
        return "gov.severity." + name();
    }
}
