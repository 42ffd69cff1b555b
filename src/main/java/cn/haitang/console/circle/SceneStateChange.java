package cn.haitang.console.circle;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One step of a scene's lifecycle, with the reason given and who took it. */
@Entity
@Table(name = "scene_state_change")
class SceneStateChange extends AbstractEntity {

    @Column(name = "scene_id", nullable = false)
    private long sceneId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", nullable = false, length = 16)
    private SceneState fromState;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private SceneState toState;
    @Column(length = 200)
    private @Nullable String reason;
    @Column(name = "changed_on", nullable = false)
    private LocalDate changedOn;
    @Column(name = "changed_by", nullable = false, length = 64)
    private String changedBy;

    protected SceneStateChange() {
    }

    SceneStateChange(long sceneId, SceneState fromState, SceneState toState, @Nullable String reason, LocalDate changedOn,
                     String changedBy) {
        this.sceneId = sceneId;
        this.fromState = fromState;
        this.toState = toState;
        this.reason = reason;
        this.changedOn = changedOn;
        this.changedBy = changedBy;
    }
}
