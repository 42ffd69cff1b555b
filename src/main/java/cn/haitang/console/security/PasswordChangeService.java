package cn.haitang.console.security;

import cn.haitang.console.base.RuleViolationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * A user changes their own password — on their first login with a password an admin set, they must. The
 * change ends every session of the user (this one too): they sign in again with the new password.
 */
@Service
@Transactional
public class PasswordChangeService {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final UserSessions sessions;
    private final CurrentUser currentUser;
    private final JdbcClient jdbc;

    PasswordChangeService(UserAccountRepository users, PasswordEncoder passwordEncoder, PasswordPolicy policy,
                          UserSessions sessions, CurrentUser currentUser, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.sessions = sessions;
        this.currentUser = currentUser;
    }

    /**
     * Whether the signed-in user still has to replace a password an admin set (false when nobody is signed in).
     * Asked before every navigation: one column read in autocommit, not an entity loaded in a transaction (an
     * EntityManager and three more round trips to the database on every page).
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    public boolean mustChangeOwnPassword() {
        return currentUser.find().flatMap(user -> jdbc.sql("SELECT must_change_password FROM user_account WHERE id = ?")
                .param(user.id()).query(Boolean.class).optional()).orElse(false);
    }

    /** Fields: {@code current}, {@code password}, {@code repeat}. */
    public void changeOwnPassword(@Nullable String current, @Nullable String password, @Nullable String repeat) {
        AppUser caller = currentUser.require();
        UserAccount account = users.findById(caller.id()).orElseThrow(() -> new RuleViolationException("error.notFound"));
        if (current == null || current.isEmpty() || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throw RuleViolationException.atField("current", "password.error.current");
        }
        policy.check(account.getUsername(), password);
        if (password.equals(current)) {
            throw RuleViolationException.atField("password", "password.error.same");
        }
        if (!password.equals(repeat)) {
            throw RuleViolationException.atField("repeat", "password.error.repeat");
        }
        account.changePasswordHash(passwordEncoder.encode(password));
        account.setMustChangePassword(false);
        account.endSessions();
        sessions.endAllOf(account.requireId(), SessionEndReason.PASSWORD);
    }
}
