package cn.haitang.console.pairing;

/** The levels reports are counted by. */
public enum ReportLevel {
    TOWN, COMMUNITY, COMPOUND, GRID, INSTITUTION;

    public String messageKey() {
        return "pairing.reportLevel." + name();
    }
}
