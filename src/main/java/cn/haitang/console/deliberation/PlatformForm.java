package cn.haitang.console.deliberation;
import org.jspecify.annotations.Nullable;

/** A platform as entered. */
public record PlatformForm(@Nullable String name, @Nullable PlatformKind kind, @Nullable Long communityId, @Nullable Long compoundId,
                           @Nullable String venue, @Nullable String host, @Nullable Rhythm rhythm) {
}
