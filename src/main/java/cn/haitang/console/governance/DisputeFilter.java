package cn.haitang.console.governance;

import org.jspecify.annotations.Nullable;

/** Filters of the disputes board; compoundId narrows to one compound. */
public record DisputeFilter(@Nullable Long townId, @Nullable DisputeState state, @Nullable DisputeSeverity severity, @Nullable Long compoundId) {
}
