package cn.haitang.console.pairing;

/** In-service party member (linked to an institution) or volunteer. */
public enum ReportKind {
    MEMBER, VOLUNTEER;

    public String messageKey() {
        return "pairing.reportKind.".concat(name());
    }
}
