package cn.haitang.console.circle;

/** An opening slot: regular hours, off-peak use (错峰使用) or late opening (延时使用). */
public enum Slot {
    REGULAR, OFF_PEAK, LATE;

    public String messageKey() {
        return "circle.slot." + name();
    }
}
