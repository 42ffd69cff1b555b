package cn.haitang.console.deliberation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A micro-deliberation platform of a compound or a community. Changed only through {@link PlatformService}. */
@Entity
@Table(name = "delib_platform")
class Platform extends AbstractEntity {

    @Column(nullable = false, length = 64)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PlatformKind kind;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "compound_id")
    private @Nullable Long compoundId;
    /** A service position of the community (circle feature), or null when the platform meets at {@code venue}. */
    @Column(name = "position_id")
    private @Nullable Long positionId;
    @Column(length = 200)
    private @Nullable String venue;
    @Column(nullable = false, length = 32)
    private String host;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Rhythm rhythm;
    @Column(nullable = false)
    private boolean active = true;

    protected Platform() {
    }

    Platform(long townId, PlatformForm form) {
        describe(townId, form);
    }

    void describe(long townId, PlatformForm form) {
        this.townId = townId;
        this.name = form.name();
        this.kind = form.kind();
        this.communityId = form.communityId();
        this.compoundId = form.compoundId();
        this.positionId = form.positionId();
        this.venue = form.positionId() == null ? form.venue() : null;
        this.host = form.host();
        this.rhythm = form.rhythm();
    }

    void setActive(boolean active) {
        this.active = active;
    }

    long getTownId() {
        return townId;
    }

    long getCommunityId() {
        return communityId;
    }

    @Nullable Long getCompoundId() {
        return compoundId;
    }

    PlatformKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }

    boolean isActive() {
        return active;
    }
}
