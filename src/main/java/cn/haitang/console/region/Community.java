package cn.haitang.console.region;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** A community (社区) of a town/street. */
@Entity
@Table(name = "community")
public class Community extends AbstractEntity {

    @Column(name = "town_id", nullable = false)
    private long townId;

    @Column(nullable = false, length = 64)
    private String name;

    protected Community() {
    }

    public Community(long townId, String name) {
        this.townId = townId;
        this.name = name;
    }

    public long getTownId() {
        return townId;
    }

    public String getName() {
        return name;
    }

    public void rename(String name) {
        this.name = name;
    }
}
