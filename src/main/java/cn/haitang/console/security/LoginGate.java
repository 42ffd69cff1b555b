package cn.haitang.console.security;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a sign-in: the lock-out and the address throttle ({@link LoginAttempts}), then the password, then
 * whether the account is enabled — and records the outcome, all in one transaction that holds the
 * account's row lock. So parallel attempts on one account queue up and each sees the failures before it:
 * 40 wrong passwords sent at once cost exactly as many password checks as the lock-out allows. An unknown
 * user name answers like a wrong password (and, after as many tries, like a locked account); "disabled" is
 * said only to whoever knows the password.
 */
@Component
class LoginGate implements AuthenticationProvider {

    private final UserAccountRepository users;
    private final LoginAttempts attempts;
    private final PasswordEncoder passwordEncoder;
    private final TransactionTemplate transaction;
    private final String dummyHash;

    LoginGate(UserAccountRepository users, LoginAttempts attempts, PasswordEncoder passwordEncoder,
              PlatformTransactionManager transactions) {
        this.users = users;
        this.attempts = attempts;
        this.passwordEncoder = passwordEncoder;
        this.transaction = new TransactionTemplate(transactions);
        this.dummyHash = passwordEncoder.encode("no user has this password 1");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName() == null ? "" : authentication.getName().strip();
        String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        Result result;
        try {
            result = transaction.execute(status -> check(username, password, address));
        } catch (DataAccessException | TransactionException e) {
            // the login page says the database cannot be reached
            throw new InternalAuthenticationServiceException("Database unavailable",
                    e instanceof DataAccessException ? e : new DataAccessResourceFailureException(e.getMessage(), e));
        }
        return switch (result.outcome()) {
            case SUCCESS -> {
                AppUser user = result.user();
                UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.authenticated(
                        user, null, user.getAuthorities());
                token.setDetails(authentication.getDetails());
                yield token;
            }
            case LOCKED -> throw new LockedException("Locked");
            case DISABLED -> throw new DisabledException("Disabled");
            default -> throw new BadCredentialsException("Bad credentials");
        };
    }

    private Result check(String username, String password, @Nullable String address) {
        Optional<UserAccount> account = users.lockByUsername(username);
        LoginOutcome outcome;
        if (attempts.isLocked(username) || attempts.isAddressBlocked(address)) {
            outcome = LoginOutcome.LOCKED;
        } else if (account.isEmpty()) {
            passwordEncoder.matches(password, dummyHash); // the same time as a real check
            outcome = LoginOutcome.BAD_CREDENTIALS;
        } else if (!passwordEncoder.matches(password, account.get().getPasswordHash())) {
            outcome = LoginOutcome.BAD_CREDENTIALS;
        } else if (!account.get().isEnabled()) {
            outcome = LoginOutcome.DISABLED;
        } else {
            outcome = LoginOutcome.SUCCESS;
        }
        attempts.record(username.isEmpty() ? "-" : username, outcome, address);
        return new Result(outcome, outcome == LoginOutcome.SUCCESS ? new AppUser(account.get(), false) : null);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private record Result(LoginOutcome outcome, @Nullable AppUser user) {
    }
}
