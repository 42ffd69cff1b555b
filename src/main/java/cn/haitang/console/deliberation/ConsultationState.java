package cn.haitang.console.deliberation;

/** A consultation is open while its rounds go on, closed once its final plan is recorded. */
public enum ConsultationState {
    OPEN, CLOSED;

    public String messageKey() {
        return "delib.consultationState.".concat(name());
    }
}
