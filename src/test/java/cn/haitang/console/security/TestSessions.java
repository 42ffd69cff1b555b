package cn.haitang.console.security;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Opens a signed-in session record for a demo user on a named node, as a node's first request would. */
@Component
public class TestSessions {

    private final UserSessions sessions;
    private final UserDetailsService users;

    TestSessions(UserSessions sessions, UserDetailsService users) {
        this.sessions = sessions;
        this.users = users;
    }

    public String open(String username, String node, String remoteAddress) {
        return sessions.open((AppUser) users.loadUserByUsername(username), node, remoteAddress, "Karibu");
    }

    public boolean stillValid(String key, long userId) {
        return sessions.stillValid(key, userId);
    }
}
