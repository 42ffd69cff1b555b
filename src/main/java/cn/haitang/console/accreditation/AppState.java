package cn.haitang.console.accreditation;

/** The states of an application's life cycle; see {@link Lifecycle} for the steps between them. */
public enum AppState {
    DRAFT,
    SUBMITTED,
    SENT_BACK,
    UNDER_REVIEW,
    SCORED,
    APPROVED,
    REJECTED,
    IN_NOTICE,
    ACCREDITED,
    REJECTED_AFTER_OBJECTION,
    EXPIRED,
    REVOKED;

    public String messageKey() {
        return "accreditation.state." + name();
    }

    /** A coordinator may still edit the statement, figures and attachments. */
    public boolean editable() {
        return this == DRAFT || this == SENT_BACK;
    }
}
