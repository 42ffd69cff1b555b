package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A property dispute with where it lies and, once closed, the days it took. */
public record DisputeRow(long id, long compoundId, String compoundName, String townName, String title, DisputeSeverity severity, boolean fastTrack, DisputeState state, LocalDate filedOn, @Nullable LocalDate resolvedOn, @Nullable LocalDate closedOn, @Nullable Integer daysToClose, @Nullable String outcome, long version) {
}
