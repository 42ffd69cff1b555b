package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** What the committee form edits: its kind (must fit the compound) and its term. */
public record CommitteeForm(@Nullable CommitteeKind kind, @Nullable LocalDate termStart, @Nullable LocalDate termEnd) {
}
