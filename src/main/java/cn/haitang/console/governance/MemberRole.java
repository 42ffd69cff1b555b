package cn.haitang.console.governance;

/** 主任, 副主任, 委员. */
public enum MemberRole {
    DIRECTOR,
    DEPUTY,
    MEMBER;

    public String messageKey() {
        return "gov.memberRole." + name();
    }
}
