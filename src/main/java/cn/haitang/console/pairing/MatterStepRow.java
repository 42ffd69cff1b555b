package cn.haitang.console.pairing;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/** One step of a matter’s timeline. */
public record MatterStepRow(@Nullable MatterState fromState, MatterState toState, String actor,
                            Instant occurredAt, @Nullable String note) {
}
