package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One household's ballot: the owner, the exclusive area (a decimal) and the choice. */
@Entity(name = "DelibBallot")
@Table(name = "delib_ballot")
class Ballot extends AbstractEntity {

    @Column(name = "vote_id", nullable = false)
    private long voteId;
    @Column(nullable = false, length = 32)
    private String household;
    @Column(name = "owner_name", nullable = false, length = 32)
    private String ownerName;
    @Column(nullable = false, precision = 10, scale = 2)
    private BigDecimal area;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Choice choice;

    protected Ballot() {
    }

    Ballot(long voteId, BallotForm form) {
        this.voteId = voteId;
        this.household = form.household();
        this.ownerName = form.ownerName();
        this.area = form.area();
        this.choice = form.choice();
    }

    long getVoteId() {
        return voteId;
    }
}
