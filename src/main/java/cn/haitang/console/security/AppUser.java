package cn.haitang.console.security;

import cn.haitang.console.base.Role;
import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as Spring Security keeps it in the session. Serializable (the session may be
 * replicated or persisted) and immutable: a change of role, town, password or status ends the user's
 * sessions ({@link SessionGuard}), so the next request signs in afresh.
 */
public final class AppUser implements UserDetails, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private final String displayName;
    private final Role role;
    private final @Nullable Long townId;
    private final @Nullable String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final int sessionEpoch;

    AppUser(UserAccount account, boolean locked) {
        this(account.requireId(), account.getUsername(), account.getDisplayName(), account.getRole(),
                account.getTownId(), account.getPasswordHash(), account.isEnabled(), locked, account.getSessionEpoch());
    }

    private AppUser(long id, String username, String displayName, Role role, @Nullable Long townId,
                    @Nullable String passwordHash, boolean enabled, boolean locked, int sessionEpoch) {
        this.id = id;
        this.username = username;
        this.displayName = displayName;
        this.role = role;
        this.townId = townId;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.sessionEpoch = sessionEpoch;
    }

    /** A copy without the password hash, for keeping in the session once the login succeeded. */
    AppUser withoutPassword() {
        return new AppUser(id, username, displayName, role, townId, null, enabled, locked, sessionEpoch);
    }

    /** For tests and system jobs that act as a known user. */
    public static AppUser of(long id, String username, String displayName, Role role, @Nullable Long townId) {
        return new AppUser(id, username, displayName, role, townId, null, true, false, 0);
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    public @Nullable Long townId() {
        return townId;
    }

    /** The user's session epoch when they signed in; a session of an older epoch than the database's is ended. */
    int sessionEpoch() {
        return sessionEpoch;
    }

    public Scope scope() {
        return new Scope(id, username, role, townId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && other.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return username + " (" + role + (townId == null ? "" : ", town " + townId) + ")";
    }
}
