package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A party taking part in a consultation. */
@Entity(name = "DelibParty")
@Table(name = "delib_party")
class Party extends AbstractEntity {

    @Column(name = "consultation_id", nullable = false)
    private long consultationId;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PartyRole role;
    @Column(nullable = false, length = 100)
    private String name;

    protected Party() {
    }

    Party(long consultationId, PartyRole role, String name) {
        this.consultationId = consultationId;
        this.role = role;
        this.name = name;
    }

    long getConsultationId() {
        return consultationId;
    }

    PartyRole getRole() {
        return role;
    }
}
