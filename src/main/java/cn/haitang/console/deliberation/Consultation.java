package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A 海棠有约·共商共办 consultation of a compound. Changed only through {@link ConsultationService}. */
@Entity
@Table(name = "delib_consultation")
class Consultation extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String title;
    @Column(nullable = false, length = 2000)
    private String question;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "compound_id", nullable = false)
    private long compoundId;
    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ConsultationState state = ConsultationState.OPEN;
    @Column(length = 4000)
    private @Nullable String plan;
    @Column(length = 2000)
    private @Nullable String duties;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;

    protected Consultation() {
    }

    Consultation(long townId, long communityId, ConsultationForm form) {
        describe(townId, communityId, form);
    }

    void describe(long townId, long communityId, ConsultationForm form) {
        this.townId = townId;
        this.communityId = communityId;
        this.compoundId = form.compoundId();
        this.title = form.title();
        this.question = form.question();
        this.openedOn = form.openedOn();
    }

    void close(String finalPlan, @Nullable String whoDoesWhat, LocalDate on) {
        plan = finalPlan;
        duties = whoDoesWhat;
        closedOn = on;
        state = ConsultationState.CLOSED;
    }

    long getTownId() {
        return townId;
    }

    long getCompoundId() {
        return compoundId;
    }

    LocalDate getOpenedOn() {
        return openedOn;
    }

    ConsultationState getState() {
        return state;
    }
}
