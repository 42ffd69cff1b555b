package cn.haitang.console.accreditation;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A new work-calendar entry as entered. */
public record CalendarDayForm(@Nullable LocalDate day, @Nullable CalendarDayKind kind, @Nullable String name) {
}
