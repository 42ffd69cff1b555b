package cn.haitang.console.deliberation;
import org.jspecify.annotations.Nullable;

/** Filters of the overdue-topic list; null means any. */
public record TopicFilter(@Nullable Long townId, @Nullable Long communityId, @Nullable Long compoundId) {
}
