package cn.haitang.console.region;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A micro-grid (微网格) of a compound, with its grid worker and the households it covers. */
@Entity
@Table(name = "micro_grid")
public class MicroGrid extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(name = "grid_worker", nullable = false, length = 32)
    private String gridWorker;

    @Column(nullable = false)
    private int households;

    protected MicroGrid() {
    }

    public MicroGrid(long compoundId, long townId, String name, String gridWorker, int households) {
        this.compoundId = compoundId;
        this.townId = townId;
        this.name = name;
        this.gridWorker = gridWorker;
        this.households = households;
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

    public String getGridWorker() {
        return gridWorker;
    }

    public int getHouseholds() {
        return households;
    }

    public void describe(String name, String gridWorker, int households) {
        this.name = name;
        this.gridWorker = gridWorker;
        this.households = households;
    }
}
