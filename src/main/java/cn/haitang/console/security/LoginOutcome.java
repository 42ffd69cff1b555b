package cn.haitang.console.security;

/** How a login attempt ended. */
public enum LoginOutcome {
    SUCCESS,
    BAD_CREDENTIALS,
    LOCKED,
    DISABLED,
    ERROR;

    public String messageKey() {
        return "login.outcome." + name();
    }
}
