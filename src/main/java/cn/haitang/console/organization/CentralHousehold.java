package cn.haitang.console.organization;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** Tier 4: a party-member central household under a grid party group. The phone is personal data. */
@Entity
@Table(name = "central_household")
public class CentralHousehold extends AbstractEntity {

    @Column(name = "grid_group_id", nullable = false)
    private long gridGroupId;

    @Column(name = "compound_id", nullable = false)
    private long compoundId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(name = "member_name", nullable = false, length = 32)
    private String memberName;

    /** Stored in full; shown masked to everyone but the city admin and the coordinator of its area. */
    @AuditMasked
    @Column(nullable = false, length = 11)
    private String phone;

    @Column(name = "building_unit", nullable = false, length = 32)
    private String buildingUnit;

    @Column(name = "linked_households", nullable = false)
    private int linkedHouseholds;

    protected CentralHousehold() {
    }

    CentralHousehold(long gridGroupId, long compoundId, long townId) {
        this.gridGroupId = gridGroupId;
        this.compoundId = compoundId;
        this.townId = townId;
    }

    void describe(String memberName, String phone, String buildingUnit, int linkedHouseholds) {
        this.memberName = memberName;
        this.phone = phone;
        this.buildingUnit = buildingUnit;
        this.linkedHouseholds = linkedHouseholds;
    }

    public long getGridGroupId() {
        return gridGroupId;
    }

    public long getCompoundId() {
        return compoundId;
    }

    public long getTownId() {
        return townId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getPhone() {
        return phone;
    }

    public String getBuildingUnit() {
        return buildingUnit;
    }

    public int getLinkedHouseholds() {
        return linkedHouseholds;
    }
}
