package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A property dispute and where its fast-track handling stands. */
@Entity
@Table(name = "property_dispute")
class PropertyDispute extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(nullable = false, length = 100)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DisputeSeverity severity;

    @Column(name = "fast_track", nullable = false)
    private boolean fastTrack;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private DisputeState state = DisputeState.FILED;

    @Column(name = "filed_on", nullable = false)
    private LocalDate filedOn;

    @Column(name = "resolved_on")
    private @Nullable LocalDate resolvedOn;

    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    @Column(length = 500)
    private @Nullable String outcome;

    protected PropertyDispute() {
    }

    PropertyDispute(long compoundId, long townId, String title, DisputeSeverity severity, boolean fastTrack,
                    LocalDate filedOn) {
        this.compoundId = compoundId;
        this.townId = townId;
        this.title = title;
        this.severity = severity;
        this.fastTrack = fastTrack;
        this.filedOn = filedOn;
    }

    /** Moves to the next state; the service checked that the step is legal. */
    void advance(DisputeState to, LocalDate on, @Nullable String outcome) {
        if (to == DisputeState.CLOSED) {
            this.closedOn = on;
        } else {
            this.resolvedOn = on;
        }
        if (outcome != null) {
            this.outcome = outcome;
        }
        this.state = to;
    }

    long getCompoundId() {
        return compoundId;
    }

    long getTownId() {
        return townId;
    }

    DisputeState getState() {
        return state;
    }

    LocalDate getFiledOn() {
        return filedOn;
    }

    @Nullable LocalDate getResolvedOn() {
        return resolvedOn;
    }
}
