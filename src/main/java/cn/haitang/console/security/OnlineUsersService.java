package cn.haitang.console.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 在线用户: city admins see who is signed in on any node and can end a session. */
@Service
@Transactional
public class OnlineUsersService {

    private static final Logger log = LoggerFactory.getLogger(OnlineUsersService.class);

    private final UserSessions sessions;
    private final CurrentUser currentUser;

    OnlineUsersService(UserSessions sessions, CurrentUser currentUser) {
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<OnlineSessionRow> list(OnlineSessionFilter filter, Pageable pageable) {
        currentUser.scope().requireAdmin();
        return sessions.online(filter, pageable);
    }

    @Transactional(readOnly = true)
    public long count(OnlineSessionFilter filter) {
        currentUser.scope().requireAdmin();
        return sessions.countOnline(filter);
    }

    @Transactional(readOnly = true)
    public List<String> nodes() {
        currentUser.scope().requireAdmin();
        return sessions.nodes();
    }

    /** Ends the session at its next request, on whichever node holds it; false when it had ended already. */
    public boolean forceLogout(String sessionKey) {
        AppUser caller = currentUser.require();
        caller.scope().requireAdmin();
        boolean ended = sessions.end(sessionKey, SessionEndReason.FORCED);
        log.info("Session {} ended by {}", sessionKey, caller.getUsername());
        return ended;
    }
}
