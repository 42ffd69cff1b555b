package cn.haitang.console.security;

import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The typed "who is calling, and what may they touch" that every feature service uses. Reads Spring
 * Security's context (which Vaadin keeps per session), so it works the same in views, services and
 * tests.
 */
@Component
public class CurrentUser {

    public Optional<AppUser> find() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.isAuthenticated() && auth.getPrincipal() instanceof AppUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public AppUser require() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("Not logged in"));
    }

    public Scope scope() {
        return require().scope();
    }
}
