package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A joint service activity of an institution in a community (and compound where it applies). */
@Entity
@Table(name = "activity")
class Activity extends AbstractEntity {

    @Column(name = "institution_id", nullable = false)
    private long institutionId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "compound_id")
    private @Nullable Long compoundId;
    @Column(name = "type_id", nullable = false)
    private long typeId;
    @Column(name = "activity_date", nullable = false)
    private LocalDate activityDate;
    @Column(nullable = false)
    private int participants;
    @Column(nullable = false, precision = 6, scale = 1)
    private BigDecimal hours;
    @Column(nullable = false, length = 1000)
    private String description;

    protected Activity() {
    }

    Activity(long townId, ActivityForm form) {
        describe(townId, form);
    }

    void describe(long townId, ActivityForm form) {
        this.institutionId = form.institutionId();
        this.townId = townId;
        this.communityId = form.communityId();
        this.compoundId = form.compoundId();
        this.typeId = form.typeId();
        this.activityDate = form.date();
        this.participants = form.participants();
        this.hours = form.hours();
        this.description = form.description().strip();
    }

    long getTownId() {
        return townId;
    }
}
