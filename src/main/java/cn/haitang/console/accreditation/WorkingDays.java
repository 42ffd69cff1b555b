package cn.haitang.console.accreditation;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * Working-day arithmetic for the public notice (公示): Monday to Friday are working days. Statutory
 * holidays and the weekend days made working days around them are not modelled.
 */
public final class WorkingDays {

    /** The notice lasts this many working days. */
    public static final int NOTICE_DAYS = 5;

    private WorkingDays() {
    }

    public static boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The first working day on or after the date: a notice published on a weekend starts on Monday. */
    public static LocalDate firstWorkingDayFrom(LocalDate date) {
        LocalDate d = date;
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The last day of a period of {@code days} working days that starts on (or after) {@code start}. */
    public static LocalDate lastDay(LocalDate start, int days) {
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
