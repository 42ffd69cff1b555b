package cn.haitang.console.organization;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Tier 3: the party group of one micro-grid, under a branch of the same compound. */
@Entity
@Table(name = "grid_group")
public class GridGroup extends AbstractEntity {

    @Column(name = "branch_id", nullable = false)
    private long branchId;

    @Column(name = "micro_grid_id", nullable = false)
    private long microGridId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 32)
    private String leader;

    @Column(name = "members_count", nullable = false)
    private int membersCount;

    protected GridGroup() {
    }

    GridGroup(long branchId, long compoundId, long townId) {
        this.branchId = branchId;
        this.compoundId = compoundId;
        this.townId = townId;
    }

    void describe(long microGridId, String name, String leader, int membersCount) {
        this.microGridId = microGridId;
        this.name = name;
        this.leader = leader;
        this.membersCount = membersCount;
    }

    /** Moves the group (with its central households) to another branch of the same compound. */
    void moveTo(long branchId) {
        this.branchId = branchId;
    }

    public long getBranchId() {
        return branchId;
    }

    public long getMicroGridId() {
        return microGridId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public long getTownId() {
        return townId;
    }

    public String getName() {
        return name;
    }

    public String getLeader() {
        return leader;
    }

    public int getMembersCount() {
        return membersCount;
    }
}
