package cn.haitang.console.accreditation;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Set;

/**
 * Working-day arithmetic for the public notice (公示, see {@link NoticeService}): Monday to Friday are working days, except the
 * work calendar's holidays, and the weekend days it makes working days (调休上班) count too. Pure:
 * the service loads the calendar's entries for the period and hands them in.
 */
public final class WorkingDays {

    /** Monday to Friday, with no calendar entries. */
    public static final WorkingDays WEEKDAYS = new WorkingDays(Set.of(), Set.of());

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    private WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = holidays;
        this.workdays = workdays;
    }

    /** Weekdays, minus the given holidays, plus the given weekend days made working days. */
    public static WorkingDays with(Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        return new WorkingDays(Set.copyOf(holidays), Set.copyOf(workdays));
    }

    public boolean isWorkingDay(LocalDate date) {
        if (holidays.contains(date)) {
            return false;
        }
        if (workdays.contains(date)) {
            return true;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The first working day on or after the date: a notice published on a weekend starts on Monday. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last day of a period of {@code days} working days that starts on (or after) {@code start}. */
    public LocalDate lastDay(LocalDate start, int days) {
        if (days < 1) {
            throw new IllegalArgumentException("days must be positive: " + days);
        }
        LocalDate d = firstWorkingDayFrom(start);
        int counted = 1;
        while (counted < days) {
            d = d.plusDays(1);
            if (isWorkingDay(d)) {
                counted++;
            }
        }
        return d;
    }
}
