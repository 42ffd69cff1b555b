package cn.haitang.console.pairing;

/** Where a key small matter stands in its life cycle (the legal steps are in {@link MatterAction}). */
public enum MatterState {
    RAISED, PUBLISHED, CLAIMED, IN_PROGRESS, RESOLVED, ACCEPTED, CLOSED;

    public String messageKey() {
        return "pairing.matterState." + name();
    }

    public boolean isOpen() {
        return this != ACCEPTED && this != CLOSED;
    }
}
