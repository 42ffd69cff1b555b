package cn.haitang.console.pairing;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A key small matter (关键小事) on the 海棠有约·共商共办 board. Its state changes only through {@link MattersService}. */
@Entity
@Table(name = "matter")
class Matter extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String title;
    @Column(nullable = false, length = 2000)
    private String description;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MatterCategory category;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MatterSource source;
    @Column(name = "town_id", nullable = false)
    private long townId;
    @Column(name = "community_id", nullable = false)
    private long communityId;
    @Column(name = "compound_id")
    private @Nullable Long compoundId;
    @Column(name = "raised_on", nullable = false)
    private LocalDate raisedOn;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private MatterState state;
    @Column(name = "published_on")
    private @Nullable LocalDate publishedOn;
    @Column(name = "claimed_on")
    private @Nullable LocalDate claimedOn;
    @Column(name = "resolved_on")
    private @Nullable LocalDate resolvedOn;
    @Column(name = "closed_on")
    private @Nullable LocalDate closedOn;
    @Column(length = 2000)
    private @Nullable String resolution;
    @Column(length = 500)
    private @Nullable String evidence;
    @Column(name = "reopen_count", nullable = false)
    private int reopenCount;
    @Column(name = "origin_kind", length = 32)
    private @Nullable String originKind;
    @Column(name = "origin_id")
    private @Nullable Long originId;
    @Column(name = "origin_label", length = 200)
    private @Nullable String originLabel;

    protected Matter() {
    }

    Matter(long townId, MatterForm form) {
        this.state = MatterState.RAISED;
        describe(townId, form);
    }

    /** Records where the matter came from; set once, when it is raised. */
    void setOrigin(MatterOrigin origin) {
        this.originKind = origin.kind();
        this.originId = origin.id();
        this.originLabel = origin.label();
    }

    @Nullable MatterOrigin getOrigin() {
        return originKind == null || originId == null || originLabel == null ? null
                : MatterOrigin.of(originKind, originId, originLabel);
    }

    void describe(long townId, MatterForm form) {
        this.title = form.title().strip();
        this.description = form.description().strip();
        this.category = form.category();
        this.source = form.source();
        this.townId = townId;
        this.communityId = form.communityId();
        this.compoundId = form.compoundId();
        this.raisedOn = form.raisedOn();
    }

    /** Moves to the step's target; the service checked that the step is legal. */
    void apply(MatterAction action, LocalDate today) {
        switch (action) {
            case PUBLISH -> publishedOn = today;
            case CLAIM -> {
                if (claimedOn == null) {
                    claimedOn = today;
                }
            }
            case RESOLVE -> resolvedOn = today;
            case REOPEN -> {
                reopenCount++;
                resolvedOn = null;
            }
            case CLOSE -> closedOn = today;
            default -> {
            }
        }
        state = action.target();
    }

    void recordResolution(String resolution, @Nullable String evidence) {
        this.resolution = resolution;
        this.evidence = evidence;
    }

    long getTownId() {
        return townId;
    }

    MatterState getState() {
        return state;
    }
}
