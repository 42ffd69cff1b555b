package cn.haitang.console.deliberation;

/** A party's stance on the options of a round: supports, supports on conditions, opposes, reserves its opinion. */
public enum Stance {
    SUPPORT, CONDITIONAL, OPPOSE, RESERVED;

    public String messageKey() {
        return "delib.stance.".concat(name());
    }
}
