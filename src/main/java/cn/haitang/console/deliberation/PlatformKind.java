package cn.haitang.console.deliberation;

/** The kind of a micro-deliberation platform (a city list): 逢五说事, 先锋夜谈, 楼道议事, 院落议事, other. */
public enum PlatformKind {
    FENGWU, PIONEER_NIGHT, CORRIDOR, COURTYARD, OTHER;

    public String messageKey() {
        return "delib.platformKind.".concat(name());
    }
}
