package cn.haitang.console.deliberation;
import org.jspecify.annotations.Nullable;

/** Filters of the session list; null means any. */
public record SessionFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable Long compoundId,
                            @Nullable PlatformKind kind, java.time.@Nullable YearMonth month) {
}
