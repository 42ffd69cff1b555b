package cn.haitang.console.region;

/** How a compound is managed: by a property company, by its residents, or not at all. */
public enum ManagementMode {
    PROPERTY_COMPANY,
    SELF_MANAGED,
    NONE;

    public String messageKey() {
        return "compound.mode." + name();
    }
}
