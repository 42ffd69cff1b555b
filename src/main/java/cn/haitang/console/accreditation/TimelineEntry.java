package cn.haitang.console.accreditation;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step in an application's life, for its timeline. */
public record TimelineEntry(Instant occurredAt, String username, Step step, @Nullable AppState fromState, AppState toState, @Nullable String note) {
}
