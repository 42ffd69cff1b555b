package cn.haitang.console.governance;

import org.jspecify.annotations.Nullable;

/** Filters of the committee-formation gap list. */
public record GapFilter(@Nullable Long townId, @Nullable Long communityId) {
}
