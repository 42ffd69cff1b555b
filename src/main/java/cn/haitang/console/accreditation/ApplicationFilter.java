package cn.haitang.console.accreditation;

import org.jspecify.annotations.Nullable;

/** Filters of the applications list; null means any. */
public record ApplicationFilter(@Nullable Level level, @Nullable Integer year, @Nullable AppState state, @Nullable Long townId, @Nullable Long roundId) {
}
