package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A committee candidate and the party vetting of them (候选人把关). Kept as the vetting history. */
@Entity
@Table(name = "committee_candidate")
class CommitteeCandidate extends AbstractEntity {

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(nullable = false, length = 32)
    private String name;

    @Column(name = "party_member", nullable = false)
    private boolean partyMember;

    @Column(name = "proposed_on", nullable = false)
    private LocalDate proposedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private CandidateStatus status = CandidateStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @Column(name = "vetter_kind", length = 32)
    private @Nullable VetterKind vetterKind;

    @Column(name = "vetted_by", length = 32)
    private @Nullable String vettedBy;

    @Column(name = "vetted_on")
    private @Nullable LocalDate vettedOn;

    @Column(length = 500)
    private @Nullable String reason;

    protected CommitteeCandidate() {
    }

    CommitteeCandidate(long committeeId, long townId, String name, boolean partyMember, LocalDate proposedOn) {
        this.committeeId = committeeId;
        this.townId = townId;
        this.name = name;
        this.partyMember = partyMember;
        this.proposedOn = proposedOn;
    }

    void vet(boolean approved, VetterKind kind, String by, LocalDate on, @Nullable String reason) {
        this.status = approved ? CandidateStatus.APPROVED : CandidateStatus.REJECTED;
        this.vetterKind = kind;
        this.vettedBy = by;
        this.vettedOn = on;
        this.reason = reason;
    }

    void markElected() {
        this.status = CandidateStatus.ELECTED;
    }

    void unmarkElected() {
        this.status = CandidateStatus.APPROVED;
    }

    long getCommitteeId() {
        return committeeId;
    }

    long getTownId() {
        return townId;
    }

    String getName() {
        return name;
    }

    boolean isPartyMember() {
        return partyMember;
    }

    CandidateStatus getStatus() {
        return status;
    }

    LocalDate getProposedOn() {
        return proposedOn;
    }
}
