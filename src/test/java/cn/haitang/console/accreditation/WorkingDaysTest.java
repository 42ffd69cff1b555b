package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    private static final WorkingDays WEEKDAYS = WorkingDays.WEEKDAYS;

    // 2026-11-23 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aNoticeStartingOnMondayEndsOnFriday() {
        assertThat(WEEKDAYS.lastDay(MONDAY, 5)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aNoticeStartingMidweekSkipsTheWeekend() {
        // Wednesday → Wed, Thu, Fri, Mon, Tue
        assertThat(WEEKDAYS.lastDay(MONDAY.plusDays(2), 5)).isEqualTo(LocalDate.of(2026, 12, 1));
        // Friday → Fri, Mon, Tue, Wed, Thu
        assertThat(WEEKDAYS.lastDay(MONDAY.plusDays(4), 5)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aNoticePublishedOnTheWeekendStartsOnMonday() {
        LocalDate saturday = MONDAY.plusDays(5);
        assertThat(WEEKDAYS.firstWorkingDayFrom(saturday)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WEEKDAYS.firstWorkingDayFrom(saturday.plusDays(1))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WEEKDAYS.lastDay(saturday, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(WEEKDAYS.isWorkingDay(MONDAY)).isTrue();
        assertThat(WEEKDAYS.isWorkingDay(MONDAY.plusDays(4))).isTrue();
        assertThat(WEEKDAYS.isWorkingDay(MONDAY.plusDays(5))).isFalse();
        assertThat(WEEKDAYS.isWorkingDay(MONDAY.plusDays(6))).isFalse();
    }

    @Test
    void oneWorkingDayIsTheStartItselfAndAcrossYearEnd() {
        assertThat(WEEKDAYS.lastDay(MONDAY, 1)).isEqualTo(MONDAY);
        // 2026-12-30 is a Wednesday → Wed, Thu, Fri (2027-01-01: no calendar entry here), Mon, Tue
        assertThat(WEEKDAYS.lastDay(LocalDate.of(2026, 12, 30), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThatThrownBy(() -> WEEKDAYS.lastDay(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void holidaysDoNotCountAndWeekendDaysMadeWorkingDaysDo() {
        // National Day week as the State Council usually sets it: Thu 1 Oct to Wed 7 Oct off, Sat 10 Oct worked
        LocalDate october1 = LocalDate.of(2026, 10, 1);
        WorkingDays calendar = WorkingDays.with(october1.datesUntil(october1.plusDays(7)).toList(),
                java.util.List.of(LocalDate.of(2026, 10, 10)));
        assertThat(calendar.isWorkingDay(october1)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
        // published on Wed 30 Sep: Wed 30 Sep, then Thu 8, Fri 9, Sat 10 (worked), Mon 12 Oct
        assertThat(calendar.lastDay(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 12));
        // published during the holiday: starts on the first working day after it
        assertThat(calendar.firstWorkingDayFrom(LocalDate.of(2026, 10, 3))).isEqualTo(LocalDate.of(2026, 10, 8));
        // without the calendar the same notice would have ended on Tue 6 Oct, in the middle of the holiday
        assertThat(WEEKDAYS.lastDay(LocalDate.of(2026, 9, 30), 5)).isEqualTo(LocalDate.of(2026, 10, 6));
    }
}
