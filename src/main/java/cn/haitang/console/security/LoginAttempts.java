package cn.haitang.console.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records every login attempt and derives the lock-out from that record: after
 * {@code haitang.login.max-failures} wrong passwords within {@code haitang.login.lock-minutes} (and
 * since the last success) the account is locked for that long. Kept in the database, so it holds
 * across several app nodes.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final LoginEventRepository events;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockDuration;

    LoginAttempts(LoginEventRepository events, Clock clock,
                  @Value("${haitang.login.max-failures:5}") int maxFailures,
                  @Value("${haitang.login.lock-minutes:15}") int lockMinutes) {
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    @Transactional(readOnly = true)
    boolean isLocked(String username) {
        return events.countRecentFailures(username, clock.instant().minus(lockDuration)) >= maxFailures;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        record(event.getAuthentication(), LoginOutcome.SUCCESS);
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        LoginOutcome outcome = switch (event.getException()) {
            case BadCredentialsException e -> LoginOutcome.BAD_CREDENTIALS;
            case LockedException e -> LoginOutcome.LOCKED;
            case DisabledException e -> LoginOutcome.DISABLED;
            default -> LoginOutcome.ERROR;
        };
        record(event.getAuthentication(), outcome);
    }

    private void record(Authentication authentication, LoginOutcome outcome) {
        String username = authentication.getName();
        try {
            events.save(new LoginEvent(username, outcome, remoteAddress(authentication), clock.instant()));
        } catch (RuntimeException e) {
            // The login itself must not fail because its log entry could not be written (database down).
            log.error("Could not record login {} of {}", outcome, username, e);
        }
        log.info("Login {} for {}", outcome, username);
    }

    private static @Nullable String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
