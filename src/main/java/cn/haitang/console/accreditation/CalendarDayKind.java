package cn.haitang.console.accreditation;

/** What an entry of the work calendar makes of its day. */
public enum CalendarDayKind {
    /** A statutory holiday (or a day off around one): not a working day even from Monday to Friday. */
    HOLIDAY,
    /** A weekend day made a working day (调休上班). */
    WORKDAY;

    public String messageKey() {
        return "accr.calendar.kind." + name();
    }
}
