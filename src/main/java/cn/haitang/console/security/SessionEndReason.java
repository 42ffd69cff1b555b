package cn.haitang.console.security;

/** Why a signed-in session ended, as the 在线用户 record keeps it. */
public enum SessionEndReason {
    /** The user signed out. */
    LOGOUT,
    /** Idle longer than the session timeout. */
    EXPIRED,
    /** A city admin ended it from 在线用户. */
    FORCED,
    /** The account was disabled. */
    DISABLED,
    /** The password changed (reset by an admin, or changed by the user). */
    PASSWORD,
    /** The user's role or town/street changed. */
    ROLE_CHANGED
}
