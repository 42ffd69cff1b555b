package cn.haitang.console.pairing;

/** A report's status; MOVED appears on the history of earlier grids. */
public enum ReportStatus {
    ACTIVE, MOVED, WITHDRAWN;

    public String messageKey() {
        return "pairing.reportStatus.".concat(name());
    }
}
