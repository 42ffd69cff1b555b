package cn.haitang.console.security;

import cn.haitang.console.base.db.Rows;
import cn.haitang.console.base.db.Sql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The signed-in sessions of every node, kept in the shared database: opened at a session's first request
 * after the login, checked at every request ({@link SessionGuard}), ended by sign-out, expiry, a city admin,
 * or a change to the user that must end their sessions. Statements run in the caller's transaction when
 * there is one (a user's change and the end of their sessions commit together).
 */
@Component
class UserSessions {

    /** How stale {@code last_seen_at} may get before a request refreshes it: one write a minute per session. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    private static final Map<String, String> SORT = Map.of("username", "u.username", "displayName", "u.display_name",
            "startedAt", "s.started_at", "lastSeenAt", "s.last_seen_at", "node", "s.node",
            "remoteAddress", "s.remote_address");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration timeout;

    UserSessions(JdbcClient jdbc, Clock clock,
                 @Value("${server.servlet.session.timeout:30m}") Duration timeout) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Records a new session of the user as of the epoch they signed in with; returns its key. */
    String open(AppUser user, String node, @Nullable String remoteAddress, @Nullable String userAgent) {
        String key = UUID.randomUUID().toString();
        Instant now = clock.instant();
        jdbc.sql("""
                INSERT INTO user_session (session_key, user_id, epoch, node, remote_address, user_agent, started_at,
                                          last_seen_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(key, user.id(), user.sessionEpoch(), cut(node, 64), cut(remoteAddress, 64),
                        cut(userAgent, 255), utc(now), utc(now))
                .update();
        return key;
    }

    /**
     * Whether the session may go on: it is still open, its user is enabled and has the epoch the session
     * started with. Refreshes {@code last_seen_at} at most once a {@link #TOUCH_INTERVAL}.
     */
    boolean stillValid(String key, long userId) {
        record State(long userId, boolean enabled, int userEpoch, int epoch, @Nullable Instant endedAt,
                     Instant lastSeenAt) {
        }
        List<State> rows = jdbc.sql("""
                SELECT s.user_id, u.enabled, u.session_epoch AS user_epoch, s.epoch, s.ended_at, s.last_seen_at
                FROM user_session s JOIN user_account u ON u.id = s.user_id WHERE s.session_key = ?""")
                .param(key).query(rows(State.class)).list();
        if (rows.isEmpty()) {
            return false;
        }
        State state = rows.getFirst();
        boolean valid = state.userId() == userId && state.enabled() && state.userEpoch() == state.epoch()
                && state.endedAt() == null;
        Instant now = clock.instant();
        if (valid && state.lastSeenAt().isBefore(now.minus(TOUCH_INTERVAL))) {
            jdbc.sql("UPDATE user_session SET last_seen_at = ? WHERE session_key = ? AND ended_at IS NULL")
                    .params(utc(now), key).update();
        }
        return valid;
    }

    /** Ends one session unless it has ended already; true when it was open. */
    boolean end(String key, SessionEndReason reason) {
        return jdbc.sql("UPDATE user_session SET ended_at = ?, end_reason = ? WHERE session_key = ? AND ended_at IS NULL")
                .params(utc(clock.instant()), reason.name(), key).update() > 0;
    }

    /** Ends every open session of a user; returns how many. */
    int endAllOf(long userId, SessionEndReason reason) {
        return jdbc.sql("UPDATE user_session SET ended_at = ?, end_reason = ? WHERE user_id = ? AND ended_at IS NULL")
                .params(utc(clock.instant()), reason.name(), userId).update();
    }

    List<OnlineSessionRow> online(OnlineSessionFilter filter, Pageable page) {
        Sql where = where(filter);
        return jdbc.sql("""
                SELECT s.session_key, s.user_id, u.username, u.display_name, u.role, t.name AS town_name, s.node,
                       s.remote_address, s.user_agent, s.started_at, s.last_seen_at
                FROM user_session s JOIN user_account u ON u.id = s.user_id LEFT JOIN town t ON t.id = u.town_id"""
                        + where.where() + Sql.orderBy(page.getSort(), SORT, "s.started_at DESC, s.session_key")
                        + " LIMIT ? OFFSET ?")
                .params(where.args(page.getPageSize(), page.getOffset()))
                .query(rows(OnlineSessionRow.class)).list();
    }

    long countOnline(OnlineSessionFilter filter) {
        Sql where = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM user_session s JOIN user_account u ON u.id = s.user_id" + where.where())
                .params(where.args()).query(Long.class).single();
    }

    /** The nodes that have sessions open now, for the filter. */
    List<String> nodes() {
        Sql where = where(OnlineSessionFilter.none());
        return jdbc.sql("SELECT DISTINCT s.node FROM user_session s" + where.where() + " ORDER BY s.node")
                .params(where.args()).query(String.class).list();
    }

    /** Open, and seen within the session timeout (a node that died leaves rows that age out here). */
    private Sql where(OnlineSessionFilter filter) {
        String text = filter.text() == null ? "" : filter.text().strip();
        return new Sql().and("s.ended_at IS NULL").and("s.last_seen_at > ?", utc(clock.instant().minus(timeout)))
                .andIf(!text.isEmpty(), "(u.username LIKE ? OR u.display_name LIKE ?)", Sql.contains(text),
                        Sql.contains(text))
                .andIf(filter.node() != null && !filter.node().isBlank(), "s.node = ?", filter.node());
    }

    /** Instants are stored as UTC date-times, as Hibernate writes them, whatever the connection's time zone. */
    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static <T> RowMapper<T> rows(Class<T> type) {
        return Rows.of(type);
    }

    private static @Nullable String cut(@Nullable String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
