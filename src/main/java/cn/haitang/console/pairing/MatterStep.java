package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a matter's life cycle: who took it, when, and the note (reason, what was done). */
@Entity
@Table(name = "matter_step")
class MatterStep extends AbstractEntity {

    @Column(name = "matter_id", nullable = false)
    private long matterId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16)
    private @Nullable MatterState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private MatterState toState;
    @Column(nullable = false, length = 64)
    private String actor;
    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;
    @Column(length = 2000)
    private @Nullable String note;

    protected MatterStep() {
    }

    MatterStep(long matterId, @Nullable MatterState fromState, MatterState toState, String actor, Instant occurredAt,
               @Nullable String note) {
        this.matterId = matterId;
        this.fromState = fromState;
        this.toState = toState;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.note = note;
    }
}
