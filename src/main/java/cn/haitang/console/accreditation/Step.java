package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** A step of the life cycle: from which state to which. NOMINATE creates the application. */
public enum Step {
    NOMINATE(null, AppState.DRAFT),
    SUBMIT(AppState.DRAFT, AppState.SUBMITTED),
    SEND_BACK(AppState.SUBMITTED, AppState.SENT_BACK),
    REWORK(AppState.SENT_BACK, AppState.DRAFT),
    START_REVIEW(AppState.SUBMITTED, AppState.UNDER_REVIEW),
    COMPLETE_SCORING(AppState.UNDER_REVIEW, AppState.SCORED),
    REOPEN_SCORE(AppState.SCORED, AppState.UNDER_REVIEW),
    APPROVE(AppState.SCORED, AppState.APPROVED),
    REJECT(AppState.SCORED, AppState.REJECTED),
    PUBLISH_NOTICE(AppState.APPROVED, AppState.IN_NOTICE),
    ACCREDIT(AppState.IN_NOTICE, AppState.ACCREDITED),
    UPHOLD_OBJECTION(AppState.IN_NOTICE, AppState.REJECTED_AFTER_OBJECTION),
    EXPIRE(AppState.ACCREDITED, AppState.EXPIRED),
    REVOKE(AppState.ACCREDITED, AppState.REVOKED);

    private final @Nullable AppState from;
    private final AppState to;

    Step(@Nullable AppState from, AppState to) {
        this.from = from;
        this.to = to;
    }

    public @Nullable AppState from() {
        return from;
    }

    public AppState to() {
        return to;
    }

    public String messageKey() {
        return "accreditation.step." + name();
    }
}
