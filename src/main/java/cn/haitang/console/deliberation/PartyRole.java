package cn.haitang.console.deliberation;

/** The role of a party in a consultation: the community party committee leads. */
public enum PartyRole {
    LEAD, DEPARTMENT, OWNERS_COMMITTEE, PROPERTY_COMMITTEE, PROPERTY_COMPANY, INSTITUTION, RESIDENTS;

    public String messageKey() {
        return "delib.partyRole.".concat(name());
    }
}
