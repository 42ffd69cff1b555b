package cn.haitang.console.accreditation;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.CurrentUser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The work calendar (工作日历) the public notice counts its working days by: statutory holidays and the
 * weekend days made working days (调休上班), entered by the city admin from the State Council's yearly
 * schedule. Notices already published keep their dates.
 */
@Service
@Transactional
public class WorkCalendarService {

    /** The length of an entry's name (its column's). */
    public static final int NAME_LENGTH = 50;

    /** How far ahead the calendar is read for a notice: longer than any holiday run plus the notice itself. */
    private static final int HORIZON_DAYS = 120;

    private final CalendarDayRepository calendar;
    private final CurrentUser currentUser;

    WorkCalendarService(CalendarDayRepository calendar, CurrentUser currentUser) {
        this.calendar = calendar;
        this.currentUser = currentUser;
    }

    /** The working days from a date on, by the calendar's entries. */
    WorkingDays workingDaysFrom(LocalDate start) {
        List<LocalDate> holidays = new ArrayList<>();
        List<LocalDate> workdays = new ArrayList<>();
        for (CalendarDay day : calendar.findByDayBetweenOrderByDay(start, start.plusDays(HORIZON_DAYS))) {
            (day.getKind() == CalendarDayKind.HOLIDAY ? holidays : workdays).add(day.getDay());
        }
        return WorkingDays.with(holidays, workdays);
    }

    /** The calendar's entries of one year, by date (city admins). */
    @Transactional(readOnly = true)
    public List<CalendarDayRow> calendarDays(int year) {
        currentUser.scope().requireAdmin();
        return calendar.findByDayBetweenOrderByDay(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(WorkCalendarService::row).toList();
    }

    /** Adds a holiday, or a weekend day made a working day (city admins). */
    public CalendarDayRow addCalendarDay(CalendarDayForm form) {
        currentUser.scope().requireAdmin();
        if (form.day() == null) {
            throw RuleViolationException.atField("day", "accr.calendar.error.dayRequired");
        }
        if (form.kind() == null) {
            throw RuleViolationException.atField("kind", "accr.calendar.error.kindRequired");
        }
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw RuleViolationException.atField("name", "accr.calendar.error.nameRequired");
        }
        if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            throw RuleViolationException.atField("name", "accr.calendar.error.nameTooLong", NAME_LENGTH);
        }
        if (form.kind() == CalendarDayKind.WORKDAY && WorkingDays.WEEKDAYS.isWorkingDay(form.day())) {
            throw RuleViolationException.atField("kind", "accr.calendar.error.workdayOnWeekday", form.day());
        }
        if (calendar.existsByDay(form.day())) {
            throw RuleViolationException.atField("day", "accr.calendar.error.duplicate", form.day());
        }
        return row(calendar.saveAndFlush(new CalendarDay(form.day(), form.kind(), name)));
    }

    /** Removes an entry (city admins), refusing a stale one. */
    public void removeCalendarDay(long id, long seenVersion) {
        currentUser.scope().requireAdmin();
        CalendarDay day = calendar.findById(id).orElseThrow(ApplicationAccess::notFound);
        StaleEditException.check(seenVersion, day.getVersion());
        calendar.delete(day);
    }

    private static CalendarDayRow row(CalendarDay day) {
        return new CalendarDayRow(day.requireId(), day.getVersion(), day.getDay(), day.getKind(), day.getName());
    }
}
