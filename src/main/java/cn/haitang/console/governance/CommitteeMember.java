package cn.haitang.console.governance;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** An elected member of a committee, always from an approved candidate. */
@Entity
@Table(name = "committee_member")
class CommitteeMember extends AbstractEntity {

    @Column(name = "committee_id", nullable = false)
    private long committeeId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(name = "candidate_id", nullable = false)
    private long candidateId;

    @Column(nullable = false, length = 32)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MemberRole role;

    @Column(name = "party_member", nullable = false)
    private boolean partyMember;

    protected CommitteeMember() {
    }

    CommitteeMember(long committeeId, long townId, long candidateId, String name, MemberRole role, boolean partyMember) {
        this.committeeId = committeeId;
        this.townId = townId;
        this.candidateId = candidateId;
        this.name = name;
        this.role = role;
        this.partyMember = partyMember;
    }

    long getCommitteeId() {
        return committeeId;
    }

    long getTownId() {
        return townId;
    }

    long getCandidateId() {
        return candidateId;
    }

    MemberRole getRole() {
        return role;
    }

    void changeRole(MemberRole role) {
        this.role = role;
    }
}
