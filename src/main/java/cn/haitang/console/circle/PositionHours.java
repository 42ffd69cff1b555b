package cn.haitang.console.circle;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalTime;
import org.hibernate.annotations.JdbcType;
import org.hibernate.type.descriptor.jdbc.LocalTimeJdbcType;

/** One opening slot of a position on one weekday (1 = Monday … 7 = Sunday). */
@Entity
@Table(name = "position_hours")
class PositionHours extends AbstractEntity {

    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(nullable = false)
    private int weekday;
    // a wall-clock time, bound as such: the JDBC time zone (UTC, for instants) would shift it by the server's offset
    @JdbcType(LocalTimeJdbcType.class)
    @Column(nullable = false)
    private LocalTime opens;
    @JdbcType(LocalTimeJdbcType.class)
    @Column(nullable = false)
    private LocalTime closes;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Slot slot;

    protected PositionHours() {
    }

    PositionHours(long positionId, HoursForm valid) {
        this.positionId = positionId;
        this.weekday = valid.weekday().getValue();
        this.opens = valid.opens();
        this.closes = valid.closes();
        this.slot = valid.slot();
    }
}
