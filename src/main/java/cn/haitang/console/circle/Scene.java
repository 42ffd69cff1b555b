package cn.haitang.console.circle;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A happiness scene (幸福场景) on a position, with its target groups, organiser, schedule and state. */
@Entity
@Table(name = "scene")
class Scene extends AbstractEntity {

    @Column(name = "position_id", nullable = false)
    private long positionId;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "type_id", nullable = false)
    private long typeId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(name = "for_elderly", nullable = false)
    private boolean forElderly;
    @Column(name = "for_children", nullable = false)
    private boolean forChildren;
    @Column(name = "for_special", nullable = false)
    private boolean forSpecial;
    @Column(name = "for_all", nullable = false)
    private boolean forAll;
    @Enumerated(EnumType.STRING)
    @Column(name = "organiser_kind", nullable = false, length = 24)
    private OrganiserKind organiserKind;
    @Column(name = "organiser_name", nullable = false, length = 100)
    private String organiserName;
    @Column(name = "institution_id")
    private @Nullable Long institutionId;
    @Column(nullable = false, length = 100)
    private String schedule;
    @Column(nullable = false)
    private int capacity;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SceneState state;
    @Column(name = "state_reason", length = 200)
    private @Nullable String stateReason;
    @Column(name = "state_since", nullable = false)
    private LocalDate stateSince;

    protected Scene() {
    }

    Scene(long townId, long communityId, SceneForm valid, LocalDate today) {
        this.state = SceneState.PLANNED;
        this.stateSince = today;
        describe(townId, communityId, valid);
    }

    void describe(long townId, long communityId, SceneForm valid) {
        this.positionId = valid.positionId();
        this.townId = townId;
        this.communityId = communityId;
        this.typeId = valid.typeId();
        this.name = valid.name();
        Set<TargetGroup> groups = valid.groups();
        this.forElderly = groups.contains(TargetGroup.ELDERLY);
        this.forChildren = groups.contains(TargetGroup.CHILDREN);
        this.forSpecial = groups.contains(TargetGroup.SPECIAL);
        this.forAll = groups.contains(TargetGroup.ALL);
        this.organiserKind = valid.organiserKind();
        this.organiserName = valid.organiserName();
        this.institutionId = valid.institutionId();
        this.schedule = valid.schedule();
        this.capacity = valid.capacity();
    }

    void moveTo(SceneState next, @Nullable String reason, LocalDate today) {
        this.state = next;
        this.stateReason = reason;
        this.stateSince = today;
    }

    long getTownId() {
        return townId;
    }

    long getCommunityId() {
        return communityId;
    }

    SceneState getState() {
        return state;
    }

    int getCapacity() {
        return capacity;
    }
}
