package cn.haitang.console.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One recorded change: who, when, which entity, what action, and the changed fields before and after
 * (as JSON). Written by {@link AuditTrail} through JDBC inside the changing transaction; read-only here.
 */
@Entity
@Table(name = "audit_entry")
@org.hibernate.annotations.Immutable
public class AuditEntry {

    @Id
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String username;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "entity_type")
    private String entityType;

    @Column(name = "entity_id")
    private String entityId;

    private String summary;

    private String changes;

    protected AuditEntry() {
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getEntityType() {
        return entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public String getSummary() {
        return summary;
    }

    /** JSON: {"field": {"before": ..., "after": ...}, ...}. */
    public String getChanges() {
        return changes;
    }
}
