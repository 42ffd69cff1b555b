package cn.haitang.console.deliberation;

/** How often a platform meets; 逢五 meets on the 5th, 15th and 25th of every month. */
public enum Rhythm {
    FENGWU, WEEKLY, MONTHLY, AS_NEEDED;

    public String messageKey() {
        return "delib.rhythm.".concat(name());
    }
}
