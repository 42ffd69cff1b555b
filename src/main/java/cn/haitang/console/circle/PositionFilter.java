package cn.haitang.console.circle;

import org.jspecify.annotations.Nullable;

/** Filters of the position list; null means any. */
public record PositionFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable PositionKind kind,
                             @Nullable String text, boolean lateOnly) {
    public static PositionFilter all() {
        return new PositionFilter(null, null, null, null, false);
    }
}
