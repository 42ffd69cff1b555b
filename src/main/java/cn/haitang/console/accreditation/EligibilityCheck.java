package cn.haitang.console.accreditation;

/** The checks an application must pass at submission. */
public enum EligibilityCheck {
    ENTITY_BRANCH,
    COMMITTEE,
    SATISFACTION,
    FEE_COLLECTION,
    NO_SERIOUS_DISPUTE,
    LOWER_LEVEL;

    public String messageKey() {
        return "accreditation.check." + name();
    }
}
