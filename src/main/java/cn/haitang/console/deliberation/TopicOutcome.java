package cn.haitang.console.deliberation;

/** What became of a topic raised at a session. */
public enum TopicOutcome {
    PENDING, ON_SPOT, COMMUNITY, CONSULTATION, BOARD, NOT_TAKEN;

    public String messageKey() {
        return "delib.topicOutcome.".concat(name());
    }
}
