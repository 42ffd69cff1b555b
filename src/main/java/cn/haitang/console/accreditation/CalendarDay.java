package cn.haitang.console.accreditation;

import cn.haitang.console.base.domain.AbstractEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** One entry of the work calendar: a holiday, or a weekend day made a working day. */
@Entity
@Table(name = "work_calendar_day")
class CalendarDay extends AbstractEntity {

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CalendarDayKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    protected CalendarDay() {
    }

    CalendarDay(LocalDate day, CalendarDayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    LocalDate getDay() {
        return day;
    }

    CalendarDayKind getKind() {
        return kind;
    }

    String getName() {
        return name;
    }
}
