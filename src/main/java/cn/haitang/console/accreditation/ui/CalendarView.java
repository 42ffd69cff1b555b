package cn.haitang.console.accreditation.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.CalendarDayForm;
import cn.haitang.console.accreditation.CalendarDayKind;
import cn.haitang.console.accreditation.CalendarDayRow;
import cn.haitang.console.accreditation.WorkCalendarService;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Badges.Tone;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The work calendar the public notice counts its five working days by: statutory holidays and the
 * weekend days made working days (调休上班), entered by the city admin from the State Council's yearly
 * schedule, one year at a time.
 */
@Route("accreditation/calendar")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 87, icon = "vaadin:calendar", title = "nav.accreditation.calendar")
class CalendarView extends Main implements HasDynamicTitle {

    private final WorkCalendarService service;
    private final Clock clock;
    final Select<Integer> year = new Select<>();
    private final List<Integer> years;
    final Grid<CalendarDayRow> grid = new Grid<>();
    final Button add = new Button(t("accr.calendar.add"), VaadinIcon.PLUS.create(), e -> openAdd());

    CalendarView(WorkCalendarService service, Clock clock) {
        this.service = service;
        this.clock = clock;
        addClassName("ht-view");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        int thisYear = LocalDate.now(clock).getYear();
        years = IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList();
        year.setItems(years);
        year.setItemLabelGenerator(y -> t("accr.calendar.yearOf", y));
        year.setAriaLabel(t("accr.calendar.year"));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());

        grid.addColumn(d -> Formats.date(d.day())).setHeader(t("accr.calendar.day")).setAutoWidth(true);
        grid.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(t("accr.calendar.weekday")).setAutoWidth(true);
        grid.addComponentColumn(d -> Badges.badge(t(d.kind().messageKey()),
                d.kind() == CalendarDayKind.HOLIDAY ? Tone.ERROR : Tone.SUCCESS))
                .setHeader(t("accr.calendar.kind")).setAutoWidth(true);
        grid.addColumn(CalendarDayRow::name).setHeader(t("accr.calendar.name")).setFlexGrow(1);
        grid.addComponentColumn(d -> Ui.removeButton(() -> confirmRemove(d))).setHeader(t("accr.calendar.actions"))
                .setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(d -> PhoneGrid.card(Formats.date(d.day()) + " "
                        + d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()),
                new Object[] {Badges.badge(t(d.kind().messageKey()), d.kind() == CalendarDayKind.HOLIDAY ? Tone.ERROR : Tone.SUCCESS),
                        d.name()}, Ui.removeButton(() -> confirmRemove(d))))
                .setHeader(t("accr.calendar.day")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(t("accr.calendar.empty"));
        grid.setAllRowsVisible(true);

        refresh();
        add(new ViewToolbar(t("nav.accreditation.calendar"), ViewToolbar.group(year, add)),
                new Paragraph(t("accr.calendar.help")), grid);
    }

    void refresh() {
        grid.setItems(service.calendarDays(year.getValue()));
    }

    void confirmRemove(CalendarDayRow day) {
        Confirm.ask(t("accr.calendar.remove"), t("accr.calendar.removeConfirm", Formats.date(day.day()), day.name()),
                t("accr.calendar.remove"), () -> {
                    if (Ui.attempt(() -> service.removeCalendarDay(day.id(), day.version()))) {
                        Notifications.success(t("accr.calendar.removed", Formats.date(day.day())));
                    }
                    refresh();
                });
    }

    AddDialog openAdd() {
        AddDialog dialog = new AddDialog();
        dialog.open();
        return dialog;
    }

    /** Adds one day; a refusal shows at the field that caused it and keeps what was typed. */
    class AddDialog extends FormDialog {
        final DatePicker day;
        final Select<CalendarDayKind> kind;
        final TextField name;
        final Button save = saveButton();

        AddDialog() {
            super(t("accr.calendar.add"));
            LocalDate today = LocalDate.now(clock);
            day = date("day", "accr.calendar.day", LocalDate.of(years.getFirst(), 1, 1),
                    LocalDate.of(years.getLast(), 12, 31), Need.REQUIRED);
            LocalDate first = LocalDate.of(year.getValue(), 1, 1);
            day.setInitialPosition(first.getYear() == today.getYear() ? today : first);
            kind = select("kind", "accr.calendar.kind", List.of(CalendarDayKind.values()), k -> t(k.messageKey()),
                    Need.REQUIRED);
            kind.setValue(CalendarDayKind.HOLIDAY);
            name = text("name", "accr.calendar.name", WorkCalendarService.NAME_LENGTH, Need.REQUIRED);
            name.setPlaceholder(t("accr.calendar.namePlaceholder"));
            onSave(() -> {
                CalendarDayRow added = service.addCalendarDay(new CalendarDayForm(day.getValue(), kind.getValue(),
                        name.getValue()));
                return t("accr.calendar.added", Formats.date(added.day()), added.name());
            }, () -> {
                LocalDate added = day.getValue();
                if (added != null && added.getYear() != year.getValue() && years.contains(added.getYear())) {
                    year.setValue(added.getYear());
                } else {
                    refresh();
                }
            });
            day.focus();
        }
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.calendar") + " · " + t("app.name");
    }
}
