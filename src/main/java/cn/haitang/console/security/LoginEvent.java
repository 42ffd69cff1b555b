package cn.haitang.console.security;

import cn.haitang.console.audit.AuditIgnored;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One login attempt. Append-only: the login log is its own record, so the audit trail skips it. */
@Entity
@Table(name = "login_event")
@AuditIgnored
public class LoginEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 64)
    private String username;

    @Column(nullable = false)
    private boolean success;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private LoginOutcome outcome;

    @Column(name = "remote_address", length = 64)
    private @Nullable String remoteAddress;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    protected LoginEvent() {
    }

    LoginEvent(String username, LoginOutcome outcome, @Nullable String remoteAddress, Instant occurredAt) {
        this.username = username.length() > 64 ? username.substring(0, 64) : username;
        this.outcome = outcome;
        this.success = outcome == LoginOutcome.SUCCESS;
        this.remoteAddress = remoteAddress;
        this.occurredAt = occurredAt;
    }

    public @Nullable Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public boolean isSuccess() {
        return success;
    }

    public LoginOutcome getOutcome() {
        return outcome;
    }

    public @Nullable String getRemoteAddress() {
        return remoteAddress;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }
}
