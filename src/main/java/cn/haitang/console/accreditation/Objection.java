package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An objection (异议) received during the public notice. */
@Entity
@Table(name = "accr_objection")
class Objection extends AbstractEntity {

    enum State { OPEN, UPHELD, DISMISSED }

    @Column(name = "application_id", nullable = false)
    private long applicationId;

    @Column(name = "raised_by", nullable = false, length = 100)
    private String raisedBy;

    @Column(nullable = false, length = 1000)
    private String content;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private State state = State.OPEN;

    @Column(length = 500)
    private @Nullable String resolution;

    @Column(name = "resolved_at")
    private @Nullable Instant resolvedAt;

    protected Objection() {
    }

    Objection(long applicationId, String raisedBy, String content, LocalDate receivedOn) {
        this.applicationId = applicationId;
        this.raisedBy = raisedBy;
        this.content = content;
        this.receivedOn = receivedOn;
    }

    void resolve(boolean upheld, String resolution, Instant at) {
        this.state = upheld ? State.UPHELD : State.DISMISSED;
        this.resolution = resolution;
        this.resolvedAt = at;
    }

    long getApplicationId() {
        return applicationId;
    }

    String getRaisedBy() {
        return raisedBy;
    }

    String getContent() {
        return content;
    }

    LocalDate getReceivedOn() {
        return receivedOn;
    }

    State getState() {
        return state;
    }

    @Nullable String getResolution() {
        return resolution;
    }

    @Nullable Instant getResolvedAt() {
        return resolvedAt;
    }
}
