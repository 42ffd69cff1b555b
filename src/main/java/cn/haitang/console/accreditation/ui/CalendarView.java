package cn.haitang.console.accreditation.ui;

import static cn.haitang.console.accreditation.ui.Ui.t;

import cn.haitang.console.accreditation.AccreditationService;
import cn.haitang.console.accreditation.CalendarDayForm;
import cn.haitang.console.accreditation.CalendarDayKind;
import cn.haitang.console.accreditation.CalendarDayRow;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
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
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The work calendar the public notice counts its five working days by: statutory holidays and the
 * weekend days made working days (调休上班), entered by the city admin from the State Council's yearly
 * schedule, one year at a time.
 */
@Route("accreditation/calendar")
@RolesAllowed(Role.Names.CITY_ADMIN)
@Menu(order = 72, icon = "vaadin:calendar", title = "nav.accreditation.calendar")
public class CalendarView extends Main implements HasDynamicTitle {

    private final AccreditationService service;
    final Select<Integer> year = new Select<>();
    private final List<Integer> years;
    final Grid<CalendarDayRow> grid = new Grid<>();
    final Button add = Ui.primary("accr.calendar.add", this::openAdd);

    public CalendarView(AccreditationService service) {
        this.service = service;
        addClassName("ht-view");
        int thisYear = service.currentDate().getYear();
        years = IntStream.rangeClosed(thisYear - 1, thisYear + 2).boxed().toList();
        year.setItems(years);
        year.setItemLabelGenerator(y -> t("accr.calendar.yearOf", y));
        year.setAriaLabel(t("accr.calendar.year"));
        year.setValue(thisYear);
        year.addValueChangeListener(e -> refresh());
        add.setIcon(VaadinIcon.PLUS.create());

        grid.addColumn(d -> Formats.date(d.day())).setHeader(t("accr.calendar.day")).setAutoWidth(true);
        grid.addColumn(d -> d.day().getDayOfWeek().getDisplayName(TextStyle.FULL, getLocale()))
                .setHeader(t("accr.calendar.weekday")).setAutoWidth(true);
        grid.addComponentColumn(d -> Ui.badge(t(d.kind().messageKey()),
                d.kind() == CalendarDayKind.HOLIDAY ? "badge error" : "badge success"))
                .setHeader(t("accr.calendar.kind")).setAutoWidth(true);
        grid.addColumn(CalendarDayRow::name).setHeader(t("accr.calendar.name")).setFlexGrow(1);
        grid.addComponentColumn(d -> Ui.removeButton(() -> confirmRemove(d))).setHeader(t("accr.calendar.actions"))
                .setAutoWidth(true);
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
    class AddDialog extends Dialog {
        final DatePicker day = LocalizedFields.datePicker(this, "accr.calendar.day");
        final Select<CalendarDayKind> kind = new Select<>();
        final TextField name = new TextField(t("accr.calendar.name"));
        final Button save = Ui.primary("action.save", this::save);

        AddDialog() {
            setHeaderTitle(t("accr.calendar.add"));
            LocalDate first = LocalDate.of(year.getValue(), 1, 1);
            day.setInitialPosition(first.getYear() == service.currentDate().getYear() ? service.currentDate() : first);
            day.setRequiredIndicatorVisible(true);
            kind.setLabel(t("accr.calendar.kind"));
            kind.setItems(CalendarDayKind.values());
            kind.setItemLabelGenerator(k -> t(k.messageKey()));
            kind.setValue(CalendarDayKind.HOLIDAY);
            name.setMaxLength(50);
            name.setRequiredIndicatorVisible(true);
            name.setPlaceholder(t("accr.calendar.namePlaceholder"));
            add(new FormLayout(day, kind, name));
            save.addClickShortcut(Key.ENTER);
            getFooter().add(Ui.button("action.cancel", this::close), save);
            day.focus();
        }

        void save() {
            Map<String, HasValidation> fields = new LinkedHashMap<>();
            fields.put("day", day);
            fields.put("kind", kind);
            fields.put("name", name);
            RuleViolations.clear(fields);
            try {
                CalendarDayRow added = service.addCalendarDay(new CalendarDayForm(day.getValue(), kind.getValue(),
                        name.getValue()));
                Notifications.success(t("accr.calendar.added", Formats.date(added.day()), added.name()));
                close();
                if (added.day().getYear() != year.getValue() && years.contains(added.day().getYear())) {
                    year.setValue(added.day().getYear());
                } else {
                    refresh();
                }
            } catch (RuleViolationException e) {
                RuleViolations.show(e, fields);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return t("nav.accreditation.calendar") + " · " + t("app.name");
    }
}
