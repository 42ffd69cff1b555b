package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A compound's total exclusive area and number of owners: the denominators of art. 278. */
@Entity(name = "DelibOwnership")
@Table(name = "delib_ownership")
class Ownership extends AbstractEntity {

    @Column(name = "compound_id", nullable = false)
    private long compoundId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "total_area", nullable = false, precision = 14, scale = 2)
    private BigDecimal totalArea;
    @Column(name = "owner_count", nullable = false)
    private int ownerCount;

    protected Ownership() {
    }

    Ownership(long compoundId, long townId, BigDecimal totalArea, int ownerCount) {
        this.compoundId = compoundId;
        this.townId = townId;
        set(totalArea, ownerCount);
    }

    void set(BigDecimal area, int owners) {
        this.totalArea = area;
        this.ownerCount = owners;
    }

    BigDecimal getTotalArea() {
        return totalArea;
    }

    int getOwnerCount() {
        return ownerCount;
    }
}
