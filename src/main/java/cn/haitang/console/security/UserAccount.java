package cn.haitang.console.security;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** A person who can log in: their role and, for coordinators and some reviewers, their town/street. */
@Entity
@Table(name = "user_account")
public class UserAccount extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 64)
    private String displayName;

    @AuditMasked
    @Column(name = "password_hash", nullable = false, length = 120)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(name = "town_id")
    private @Nullable Long townId;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_locale", length = 16)
    private @Nullable String preferredLocale;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    /** Raised whenever the user's open sessions must end (disabled, new password, other role or town). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    /** The password was set by an admin (or the operator): the user must choose their own at the next login. */
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, @Nullable Long townId,
                Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.townId = townId;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public @Nullable Long getTownId() {
        return townId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public @Nullable String getPreferredLocale() {
        return preferredLocale;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Every session opened before this call is refused at its next request, on every node. */
    void endSessions() {
        sessionEpoch++;
    }

    void setMustChangePassword(boolean mustChangePassword) {
        this.mustChangePassword = mustChangePassword;
    }

    void changeProfile(String displayName, Role role, @Nullable Long townId) {
        this.displayName = displayName;
        this.role = role;
        this.townId = townId;
    }

    void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    void setPreferredLocale(@Nullable String preferredLocale) {
        this.preferredLocale = preferredLocale;
    }
}
