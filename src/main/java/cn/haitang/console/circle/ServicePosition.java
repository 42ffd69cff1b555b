package cn.haitang.console.circle;

import cn.haitang.console.audit.AuditMasked;
import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A service position (服务阵地) of a community; its opening hours are {@link PositionHours} rows. */
@Entity
@Table(name = "service_position")
class ServicePosition extends AbstractEntity {

    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PositionKind kind;
    @Column(nullable = false, length = 200)
    private String address;
    @Column(name = "floor_area", nullable = false, precision = 10, scale = 2)
    private BigDecimal floorArea;
    @Column(nullable = false, length = 100)
    private String owner;
    @Column(name = "institution_id")
    private @Nullable Long institutionId;
    @Column(name = "contact_person", nullable = false, length = 32)
    private String contactPerson;
    @AuditMasked
    @Column(name = "contact_phone", nullable = false, length = 20)
    private String contactPhone;
    /** Counts changes of the opening hours (rows of their own), so that such a change alone bumps the version. */
    @Column(name = "hours_revision", nullable = false)
    private int hoursRevision;

    protected ServicePosition() {
    }

    ServicePosition(long townId, PositionForm valid) {
        describe(townId, valid);
    }

    void describe(long townId, PositionForm valid) {
        this.townId = townId;
        this.communityId = valid.communityId();
        this.name = valid.name();
        this.kind = valid.kind();
        this.address = valid.address();
        this.floorArea = valid.floorArea();
        this.owner = valid.owner();
        this.institutionId = valid.institutionId();
        this.contactPerson = valid.contactPerson();
        this.contactPhone = valid.contactPhone();
    }

    void hoursChanged() {
        hoursRevision++;
    }

    long getTownId() {
        return townId;
    }

    long getCommunityId() {
        return communityId;
    }
}
