package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorkingDaysTest {

    // 2026-11-23 is a Monday.
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    @Test
    void aNoticeStartingOnMondayEndsOnFriday() {
        assertThat(WorkingDays.lastDay(MONDAY, 5)).isEqualTo(LocalDate.of(2026, 11, 27));
    }

    @Test
    void aNoticeStartingMidweekSkipsTheWeekend() {
        // Wednesday → Wed, Thu, Fri, Mon, Tue
        assertThat(WorkingDays.lastDay(MONDAY.plusDays(2), 5)).isEqualTo(LocalDate.of(2026, 12, 1));
        // Friday → Fri, Mon, Tue, Wed, Thu
        assertThat(WorkingDays.lastDay(MONDAY.plusDays(4), 5)).isEqualTo(LocalDate.of(2026, 12, 3));
    }

    @Test
    void aNoticePublishedOnTheWeekendStartsOnMonday() {
        LocalDate saturday = MONDAY.plusDays(5);
        assertThat(WorkingDays.firstWorkingDayFrom(saturday)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.firstWorkingDayFrom(saturday.plusDays(1))).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(WorkingDays.lastDay(saturday, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    }

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(WorkingDays.isWorkingDay(MONDAY)).isTrue();
        assertThat(WorkingDays.isWorkingDay(MONDAY.plusDays(4))).isTrue();
        assertThat(WorkingDays.isWorkingDay(MONDAY.plusDays(5))).isFalse();
        assertThat(WorkingDays.isWorkingDay(MONDAY.plusDays(6))).isFalse();
    }

    @Test
    void oneWorkingDayIsTheStartItselfAndAcrossYearEnd() {
        assertThat(WorkingDays.lastDay(MONDAY, 1)).isEqualTo(MONDAY);
        // 2026-12-30 is a Wednesday → Wed, Thu, Fri (2027-01-01), Mon, Tue
        assertThat(WorkingDays.lastDay(LocalDate.of(2026, 12, 30), 5)).isEqualTo(LocalDate.of(2027, 1, 5));
        assertThatThrownBy(() -> WorkingDays.lastDay(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
