package cn.haitang.console.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads users from the database (tests and system jobs acting as a user); sign-in itself goes through {@link LoginGate}. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final UserAccountRepository users;
    private final LoginAttempts attempts;

    AppUserDetailsService(UserAccountRepository users, LoginAttempts attempts) {
        this.users = users;
        this.attempts = attempts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findByUsername(username.trim())
                .orElseThrow(() -> new UsernameNotFoundException("No user " + username));
        return new AppUser(account, attempts.isLocked(account.getUsername()));
    }
}
