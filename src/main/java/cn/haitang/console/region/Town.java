package cn.haitang.console.region;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** A town or street (镇/街道): reference data from the changelog, the unit every coordinator's scope is. */
@Entity
@Table(name = "town")
public class Town extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, unique = true, length = 64)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private TownKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    protected Town() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public TownKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
