package cn.haitang.console.security;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.stereotype.Component;

/** Marks a signed-in session as ended when the servlet container ends it: sign-out or expiry. */
@Component
class SessionEndRecorder implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(SessionEndRecorder.class);

    private final UserSessions sessions;
    private final Clock clock;

    SessionEndRecorder(UserSessions sessions, Clock clock) {
        this.sessions = sessions;
        this.clock = clock;
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        if (!(session.getAttribute(SessionGuard.SESSION_KEY) instanceof String key)) {
            return;
        }
        long idleMillis = clock.millis() - session.getLastAccessedTime();
        boolean expired = session.getMaxInactiveInterval() > 0
                && idleMillis >= session.getMaxInactiveInterval() * 1000L - 1000L;
        try {
            sessions.end(key, expired ? SessionEndReason.EXPIRED : SessionEndReason.LOGOUT);
        } catch (DataAccessException e) {
            log.warn("Could not record the end of session {}: {}", key, e.getMessage());
        }
    }
}
