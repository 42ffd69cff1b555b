package cn.haitang.console.pairing;

/** The kind of an institution; social organisations may claim matters like the others. */
public enum InstitutionKind {
    AGENCY, PUBLIC_INSTITUTION, STATE_ENTERPRISE, PRIVATE_ENTERPRISE, SOCIAL_ORGANISATION;

    public String messageKey() {
        return "pairing.institutionKind.".concat(name());
    }
}
