package cn.haitang.console.deliberation;
import org.jspecify.annotations.Nullable;

/** Filters of the platform list; null means any. */
public record PlatformFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable Long compoundId,
                             @Nullable PlatformKind kind, @Nullable String text) {
}
