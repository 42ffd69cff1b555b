package cn.haitang.console.pairing;

/** What a key small matter is about. */
public enum MatterCategory {
    PARKING, MEDICINE, AGEING_CARE, ENVIRONMENT, SAFETY, FACILITIES, OTHER;

    public String messageKey() {
        return "pairing.matterCategory.".concat(name());
    }
}
