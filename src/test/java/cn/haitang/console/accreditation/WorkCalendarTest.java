package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The work calendar: only city admins keep it, every entry is checked, and the notice period follows it. */
@Transactional
class WorkCalendarTest extends ServiceTest {

    @Autowired
    WorkCalendarService calendar;

    @Autowired
    NoticeService notices;


    @Test
    void theDemoHoldsThe2026StatutoryHolidays() {
        login.as("admin");
        List<CalendarDayRow> days = calendar.calendarDays(2026);
        assertThat(days).hasSize(13).allSatisfy(d -> assertThat(d.kind()).isEqualTo(CalendarDayKind.HOLIDAY));
        assertThat(days).extracting(CalendarDayRow::day).contains(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 2, 17));
        assertThat(calendar.calendarDays(2027)).isEmpty();
    }

    @Test
    void anAdminAddsAndRemovesDaysAndTheNoticePeriodFollows() {
        login.as("admin");
        // Friday 2027-01-29 published: Fri, Mon, Tue, Wed, Thu 4 February
        LocalDate friday = LocalDate.of(2027, 1, 29);
        assertThat(notices.noticePeriod(friday)).containsExactly(friday, LocalDate.of(2027, 2, 4));

        CalendarDayRow monday = calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 2, 1), CalendarDayKind.HOLIDAY,
                "  测试假日  "));
        assertThat(monday.name()).isEqualTo("测试假日");
        CalendarDayRow saturday = calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 1, 30),
                CalendarDayKind.WORKDAY, "调休上班"));
        // Fri 29, Sat 30 (worked), Tue 2, Wed 3, Thu 4
        assertThat(notices.noticePeriod(friday)).containsExactly(friday, LocalDate.of(2027, 2, 4));
        calendar.removeCalendarDay(saturday.id(), saturday.version());
        // Fri 29, Tue 2, Wed 3, Thu 4, Fri 5
        assertThat(notices.noticePeriod(friday)).containsExactly(friday, LocalDate.of(2027, 2, 5));
        assertThat(calendar.calendarDays(2027)).extracting(CalendarDayRow::day).containsExactly(LocalDate.of(2027, 2, 1));

        assertThatThrownBy(() -> calendar.removeCalendarDay(monday.id(), monday.version() + 1))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void everyEntryIsCheckedAtItsField() {
        login.as("admin");
        assertRefused(() -> calendar.addCalendarDay(new CalendarDayForm(null, CalendarDayKind.HOLIDAY, "元旦")), "day",
                "accr.calendar.error.dayRequired");
        assertRefused(() -> calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 1, 1), null, "元旦")), "kind",
                "accr.calendar.error.kindRequired");
        assertRefused(() -> calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY, " ")),
                "name", "accr.calendar.error.nameRequired");
        assertRefused(() -> calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 1, 1), CalendarDayKind.HOLIDAY,
                "节".repeat(51))), "name", "accr.calendar.error.nameTooLong");
        // Monday 2027-01-04 is a working day already
        assertRefused(() -> calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 1, 4), CalendarDayKind.WORKDAY,
                "调休上班")), "kind", "accr.calendar.error.workdayOnWeekday");
        assertRefused(() -> calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2026, 10, 1), CalendarDayKind.HOLIDAY,
                "国庆节")), "day", "accr.calendar.error.duplicate");
        assertThat(calendar.calendarDays(2027)).isEmpty();
    }

    @Test
    void onlyCityAdminsKeepOrReadTheCalendar() {
        login.as("admin");
        CalendarDayRow day = calendar.calendarDays(2026).getFirst();
        for (String user : List.of("yushan", "reviewer1")) {
            login.as(user);
            assertThatThrownBy(() -> calendar.calendarDays(2026)).isInstanceOf(ScopeViolationException.class);
            assertThatThrownBy(() -> calendar.addCalendarDay(new CalendarDayForm(LocalDate.of(2027, 1, 1),
                    CalendarDayKind.HOLIDAY, "元旦"))).isInstanceOf(ScopeViolationException.class);
            assertThatThrownBy(() -> calendar.removeCalendarDay(day.id(), day.version()))
                    .isInstanceOf(ScopeViolationException.class);
        }
    }
}
