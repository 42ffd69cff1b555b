package cn.haitang.console.governance;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A newly filed property dispute. */
public record DisputeForm(@Nullable String title, @Nullable DisputeSeverity severity, boolean fastTrack, @Nullable LocalDate filedOn) {
}
