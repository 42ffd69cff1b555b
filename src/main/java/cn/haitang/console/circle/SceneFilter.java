package cn.haitang.console.circle;

import org.jspecify.annotations.Nullable;

/** Filters of the scene list; null means any. */
public record SceneFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable Long positionId,
                          @Nullable Long typeId, @Nullable SceneState state, @Nullable TargetGroup group,
                          @Nullable String text) {
    public static SceneFilter all() {
        return new SceneFilter(null, null, null, null, null, null, null);
    }
}
