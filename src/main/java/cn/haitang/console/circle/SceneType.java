package cn.haitang.console.circle;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A type of happiness scene in the city-maintained list; each type is one service item of the circle. */
@Entity
@Table(name = "scene_type")
class SceneType extends AbstractEntity {

    @Column(nullable = false, length = 32)
    private String name;
    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected SceneType() {
    }

    SceneType(String name, int sortOrder) {
        this.name = name;
        this.sortOrder = sortOrder;
    }

    void rename(String name) {
        this.name = name;
    }
}
