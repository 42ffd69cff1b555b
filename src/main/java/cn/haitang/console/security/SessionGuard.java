package cn.haitang.console.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks every request of a signed-in session against the shared database, so a session ends at once when
 * its user is disabled, gets a new password, moves to another role or town, or a city admin ends it —
 * whichever node holds it. The session's first request after the login records it ({@link UserSessions});
 * a refused session is invalidated and the request goes on as anonymous: a page asks for the login, a
 * Vaadin request answers "session expired" and the browser reloads to the login.
 *
 * <p>While the database cannot be reached the check lets the request pass (logged): every service call
 * of that request needs the database too and fails with the outage message.
 */
class SessionGuard extends OncePerRequestFilter {

    static final String SESSION_KEY = SessionGuard.class.getName() + ".key";
    /** Whose record the key is: a browser that signs out and in as someone else keeps its HTTP session. */
    static final String SESSION_USER = SessionGuard.class.getName() + ".user";
    private static final Logger log = LoggerFactory.getLogger(SessionGuard.class);

    private final UserSessions sessions;
    private final String configuredNode;

    SessionGuard(UserSessions sessions, String configuredNode) {
        this.sessions = sessions;
        this.configuredNode = configuredNode;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUser user) {
            try {
                check(request, session, user);
            } catch (DataAccessException | IllegalStateException e) {
                log.warn("Session check skipped for {}: {}", user.getUsername(), e.getMessage());
            }
        }
        chain.doFilter(request, response);
    }

    private void check(HttpServletRequest request, HttpSession session, AppUser user) {
        if (!(session.getAttribute(SESSION_KEY) instanceof String key)
                || !Long.valueOf(user.id()).equals(session.getAttribute(SESSION_USER))) {
            session.setAttribute(SESSION_KEY, sessions.open(user, node(request), request.getRemoteAddr(),
                    request.getHeader("User-Agent")));
            session.setAttribute(SESSION_USER, user.id());
            return;
        }
        if (!sessions.stillValid(key, user.id())) {
            sessions.end(key, SessionEndReason.FORCED);
            log.info("Session of {} ended by a change to the account or by an admin", user.getUsername());
            session.removeAttribute(SESSION_KEY);
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
    }

    /** The node's name for 在线用户: {@code haitang.node.name}, else this host and port. */
    private String node(HttpServletRequest request) {
        if (!configuredNode.isBlank()) {
            return configuredNode;
        }
        try {
            return InetAddress.getLocalHost().getHostName() + ":" + request.getLocalPort();
        } catch (UnknownHostException e) {
            return "localhost:" + request.getLocalPort();
        }
    }
}
