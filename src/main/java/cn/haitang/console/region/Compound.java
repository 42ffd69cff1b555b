package cn.haitang.console.region;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A residential compound (住宅小区). {@code townId} always equals its community's town; it is kept on
 * the row so scoping and per-town figures need no join.
 */
@Entity
@Table(name = "compound")
public class Compound extends AbstractEntity {

    @Column(name = "community_id", nullable = false)
    private long communityId;

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(nullable = false, length = 64)
    private String name;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(name = "year_built")
    private @Nullable Integer yearBuilt;

    @Column(nullable = false)
    private int buildings;

    @Column(nullable = false)
    private int households;

    /** Gated (封闭式) or open (开放式). */
    @Column(nullable = false)
    private boolean gated = true;

    @Enumerated(EnumType.STRING)
    @Column(name = "management_mode", nullable = false, length = 32)
    private ManagementMode managementMode = ManagementMode.PROPERTY_COMPANY;

    /** Whether the compound must form an owners' committee (业委会); if not, why (单位自管, 待拆迁…). */
    @Column(name = "committee_required", nullable = false)
    private boolean committeeRequired = true;

    @Column(name = "committee_exemption", length = 100)
    private @Nullable String committeeExemption;

    /** Total exclusive area (专有部分总面积, m²) and number of owners: the denominators of Civil Code art. 278; both or neither. */
    @Column(name = "exclusive_area", precision = 14, scale = 2)
    private @Nullable BigDecimal exclusiveArea;

    @Column(name = "owner_count")
    private @Nullable Integer ownerCount;

    protected Compound() {
    }

    public Compound(long communityId, long townId, String name, String address) {
        this.communityId = communityId;
        this.townId = townId;
        this.name = name;
        this.address = address;
    }

    public long getCommunityId() {
        return communityId;
    }

    public long getTownId() {
        return townId;
    }

    public String getName() {
        return name;
    }

    public String getAddress() {
        return address;
    }

    public @Nullable Integer getYearBuilt() {
        return yearBuilt;
    }

    public int getBuildings() {
        return buildings;
    }

    public int getHouseholds() {
        return households;
    }

    public boolean isGated() {
        return gated;
    }

    public ManagementMode getManagementMode() {
        return managementMode;
    }

    public boolean isCommitteeRequired() {
        return committeeRequired;
    }

    public @Nullable String getCommitteeExemption() {
        return committeeExemption;
    }

    public @Nullable BigDecimal getExclusiveArea() {
        return exclusiveArea;
    }

    public @Nullable Integer getOwnerCount() {
        return ownerCount;
    }

    /** Sets (or clears, with two nulls) the total exclusive area and the owner count; the caller validates. */
    public void setOwnership(@Nullable BigDecimal exclusiveArea, @Nullable Integer ownerCount) {
        this.exclusiveArea = exclusiveArea == null ? null : exclusiveArea.setScale(2, java.math.RoundingMode.UNNECESSARY);
        this.ownerCount = ownerCount;
    }

    public void describe(String name, String address, @Nullable Integer yearBuilt, int buildings, int households,
                         boolean gated, ManagementMode managementMode) {
        this.name = name;
        this.address = address;
        this.yearBuilt = yearBuilt;
        this.buildings = buildings;
        this.households = households;
        this.gated = gated;
        this.managementMode = managementMode;
    }

    public void setCommitteeRequirement(boolean required, @Nullable String exemption) {
        this.committeeRequired = required;
        this.committeeExemption = required ? null : exemption;
    }

    /** Moves the compound to another community; the caller ensures it lies in the same town. */
    public void moveTo(long communityId) {
        this.communityId = communityId;
    }
}
