package cn.haitang.console.base;

/** The rules every export of personal data follows, shared by the export dialog and the services that check them. */
public final class PersonalDataRules {

    /** A reason for a full export: long enough to say something ("核对选举名单"), short enough for one line. */
    public static final int REASON_MIN = 4;
    public static final int REASON_MAX = 200;

    private PersonalDataRules() {
    }
}
