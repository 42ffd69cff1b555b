package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A type of joint service activity from the list the city admin maintains. */
@Entity
@Table(name = "activity_type")
class ActivityType extends AbstractEntity {

    @Column(nullable = false, length = 32)
    private String name;
    @Column(name = "unified_day", nullable = false)
    private boolean unifiedDay;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected ActivityType() {
    }

    ActivityType(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void rename(String name) {
        this.name = name;
    }

    String getName() {
        return name;
    }

    boolean isUnifiedDay() {
        return unifiedDay;
    }

    int getSortOrder() {
        return sortOrder;
    }
}
