package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A party's position in one round of a consultation. */
@Entity(name = "DelibPosition")
@Table(name = "delib_position")
class Position extends AbstractEntity {

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;
    @Column(name = "round_id", nullable = false)
    private long roundId;
    @Column(name = "party_id", nullable = false)
    private long partyId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Stance stance;
    @Column(nullable = false, length = 500)
    private String statement;

    protected Position() {
    }

    Position(long consultationId, long roundId, long partyId, Stance stance, String statement) {
        this.consultationId = consultationId;
        this.roundId = roundId;
        this.partyId = partyId;
        describe(stance, statement);
    }

    void describe(Stance stance, String statement) {
        this.stance = stance;
        this.statement = statement;
    }

    long getConsultationId() {
        return consultationId;
    }
}
