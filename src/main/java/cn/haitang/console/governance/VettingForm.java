package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The party vetting of one candidate: approved, or rejected with a reason; by which organisation, who, when. */
public record VettingForm(boolean approved, @Nullable VetterKind vetterKind, @Nullable String vettedBy, @Nullable LocalDate vettedOn, @Nullable String reason) {
}
