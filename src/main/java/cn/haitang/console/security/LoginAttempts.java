package cn.haitang.console.security;

import java.time.Clock;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The login log and the rules derived from it, in the shared database so they hold across app nodes:
 * after {@code haitang.login.max-failures} wrong passwords for one user name within
 * {@code haitang.login.lock-minutes} (and since its last success) that name is locked for that long —
 * whether or not the account exists, so the answer tells nothing; after
 * {@code haitang.login.max-failures-per-address} wrong passwords from one client address within the same
 * time, over any user names (one password sprayed over many accounts), that address is refused too.
 * {@link LoginGate} calls these inside the transaction that holds the account's row lock.
 */
@Component
class LoginAttempts {

    private static final Logger log = LoggerFactory.getLogger(LoginAttempts.class);

    private final LoginEventRepository events;
    private final Clock clock;
    private final int maxFailures;
    private final int maxFailuresPerAddress;
    private final Duration lockDuration;

    LoginAttempts(LoginEventRepository events, Clock clock,
                  @Value("${haitang.login.max-failures:5}") int maxFailures,
                  @Value("${haitang.login.max-failures-per-address:30}") int maxFailuresPerAddress,
                  @Value("${haitang.login.lock-minutes:15}") int lockMinutes) {
        this.events = events;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.maxFailuresPerAddress = maxFailuresPerAddress;
        this.lockDuration = Duration.ofMinutes(lockMinutes);
    }

    boolean isLocked(String username) {
        return events.countRecentFailures(username, clock.instant().minus(lockDuration)) >= maxFailures;
    }

    boolean isAddressBlocked(@Nullable String address) {
        return address != null
                && events.countRecentAddressFailures(address, clock.instant().minus(lockDuration)) >= maxFailuresPerAddress;
    }

    void record(String username, LoginOutcome outcome, @Nullable String address) {
        events.save(new LoginEvent(username, outcome, address, clock.instant()));
        log.info("Login {} for {} from {}", outcome, username, address);
    }
}
