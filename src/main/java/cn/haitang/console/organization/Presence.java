package cn.haitang.console.organization;

/** A filter on whether something exists: either way, with it, or without it. */
public enum Presence {
    ANY,
    WITH,
    WITHOUT;

    public String messageKey() {
        return "presence." + name();
    }
}
