package cn.haitang.console.accreditation;

import java.time.LocalDate;

/** A work-calendar entry as the calendar view lists it, with the version the user saw. */
public record CalendarDayRow(long id, long version, LocalDate day, CalendarDayKind kind, String name) {
}
