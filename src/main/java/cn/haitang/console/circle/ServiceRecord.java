package cn.haitang.console.circle;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;
import org.jspecify.annotations.Nullable;

/**
 * A session of a scene that was held. {@code servers} is the number of named people who served, written
 * from the {@link ServiceRecordPerson} rows in the same transaction; person-times and volunteer hours are
 * sums over these rows (kept per scene and month by the database's triggers), never typed totals.
 */
@Entity
@Table(name = "service_record")
class ServiceRecord extends AbstractEntity {

    @Column(name = "scene_id", nullable = false)
    private long sceneId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "held_on", nullable = false)
    private LocalDate heldOn;
    @JdbcType(LocalTimeJdbcType.class)
    @Column(name = "starts_at", nullable = false)
    private LocalTime startsAt;
    @JdbcType(LocalTimeJdbcType.class)
    @Column(name = "ends_at", nullable = false)
    private LocalTime endsAt;
    @Column(nullable = false)
    private int participants;
    @Column(name = "over_capacity", length = 200)
    private @Nullable String overCapacity;
    @Column(nullable = false)
    private int servers;
    @Column(length = 500)
    private @Nullable String note;

    protected ServiceRecord() {
    }

    ServiceRecord(long sceneId, long townId, RecordForm valid) {
        this.sceneId = sceneId;
        this.townId = townId;
        describe(valid);
    }

    void describe(RecordForm valid) {
        this.heldOn = valid.heldOn();
        this.startsAt = valid.startsAt();
        this.endsAt = valid.endsAt();
        this.participants = valid.participants();
        this.overCapacity = valid.overCapacityReason();
        this.servers = valid.reportIds().size();
        this.note = valid.note();
    }

    long getSceneId() {
        return sceneId;
    }

    long getTownId() {
        return townId;
    }
}
