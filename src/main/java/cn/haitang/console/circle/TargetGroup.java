package cn.haitang.console.circle;

/** Whom a scene serves: "一老一小一特" (the elderly, children, people with special difficulties) or all residents. */
public enum TargetGroup {
    ELDERLY, CHILDREN, SPECIAL, ALL;

    public String messageKey() {
        return "circle.group." + name();
    }
}
