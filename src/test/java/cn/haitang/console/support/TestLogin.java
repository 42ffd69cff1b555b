package cn.haitang.console.support;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Logs a demo user in for service and Karibu tests, the way the login form would. */
@Component
public class TestLogin {

    private final UserDetailsService users;

    TestLogin(UserDetailsService users) {
        this.users = users;
    }

    public SecurityContext as(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        return context;
    }

    public void logout() {
        SecurityContextHolder.clearContext();
    }
}
