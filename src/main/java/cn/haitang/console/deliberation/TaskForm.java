package cn.haitang.console.deliberation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A task of the final plan as entered: the party (of the same consultation), what it does, the due date. */
public record TaskForm(@Nullable Long partyId, @Nullable String task, @Nullable LocalDate dueOn) {
}
