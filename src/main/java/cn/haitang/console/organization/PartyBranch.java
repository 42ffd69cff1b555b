package cn.haitang.console.organization;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Tier 2: a compound party branch, entity-type or functional. */
@Entity
@Table(name = "party_branch")
public class PartyBranch extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Enumerated(EnumType.STRING)
    @Column(name = "branch_type", nullable = false, length = 16)
    private BranchType type;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 32)
    private String secretary;

    @Column(name = "members_count", nullable = false)
    private int membersCount;

    @Column(name = "formed_on")
    private @Nullable LocalDate formedOn;

    protected PartyBranch() {
    }

    PartyBranch(long compoundId, long townId) {
        this.compoundId = compoundId;
        this.townId = townId;
    }

    void describe(BranchType type, String name, String secretary, int membersCount, @Nullable LocalDate formedOn) {
        this.type = type;
        this.name = name;
        this.secretary = secretary;
        this.membersCount = membersCount;
        this.formedOn = formedOn;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public long getTownId() {
        return townId;
    }

    public BranchType getType() {
        return type;
    }

    public String getName() {
        return name;
    }

    public String getSecretary() {
        return secretary;
    }

    public int getMembersCount() {
        return membersCount;
    }

    public @Nullable LocalDate getFormedOn() {
        return formedOn;
    }
}
