package cn.haitang.console.deliberation;

import cn.haitang.console.pairing.MatterOriginLinks;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A matter sent to the board from a session's topic names the topic as its origin; this gives the board the link
 * back to the session that raised it (the sessions view opens it from {@code ?session=}).
 */
@Component
class TopicOriginLinks implements MatterOriginLinks {

    static final String KIND = "DELIB_TOPIC";

    private final JdbcClient jdbc;

    TopicOriginLinks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** "逢五说事（张坝社区） 2026-11-15 · 议题「夜间外来车辆占用消防通道」": the platform, the session's date, the topic. */
    static String label(String platformName, LocalDate heldOn, String topicTitle) {
        return platformName + " " + heldOn + " · 议题「" + topicTitle + "」";
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public @Nullable String link(long topicId) {
        return jdbc.sql("SELECT session_id FROM delib_topic WHERE id = ?").param(topicId).query(Long.class).optional()
                .map(session -> "deliberation/sessions?session=" + session).orElse(null);
    }
}
