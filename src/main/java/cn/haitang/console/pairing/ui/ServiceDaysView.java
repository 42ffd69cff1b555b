package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.ActivityService;
import cn.haitang.console.pairing.ServiceDayRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The unified service day (在职党员统一服务日): per month, which pairings held it and which did not. */
@Route("pairing/service-days")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 43, icon = "vaadin:calendar-clock", title = "nav.pairing.serviceDays")
class ServiceDaysView extends Main implements HasDynamicTitle {

    private final ActivityService activities;
    private final AreaFilter areas;
    final Select<YearMonth> month;
    final Grid<ServiceDayRow> grid;
    final Span summary = new Span();

    ServiceDaysView(ActivityService activities, AreaDirectory directory, Clock clock) {
        this.activities = activities;
        addClassName("ht-view");
        LocalDate today = LocalDate.now(clock);
        month = PairingUi.monthSelect(this, "pairing.serviceDay.month", false, today);
        month.setValue(YearMonth.from(today));
        month.addValueChangeListener(e -> refresh());
        areas = new AreaFilter(directory, AreaFilter.Depth.TOWN, this::refresh);
        summary.setId("service-day-summary");
        grid = PairingUi.grid(this);
        grid.addColumn(ServiceDayRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        grid.addColumn(ServiceDayRow::institutionName).setHeader(getTranslation("pairing.institution")).setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.plannedDate())).setHeader(getTranslation("pairing.serviceDay.planned")).setAutoWidth(true);
        grid.addComponentColumn(this::held).setHeader(getTranslation("pairing.serviceDay.held"))
                .setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.firstHeldOn())).setHeader(getTranslation("pairing.serviceDay.heldOn")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.institutionName(),
                new Object[] {held(r), r.townName()},
                getTranslation("pairing.serviceDay.planned") + " " + Formats.date(r.plannedDate())
                        + (r.firstHeldOn() == null ? "" : " · " + getTranslation("pairing.serviceDay.heldOn") + " "
                        + Formats.date(r.firstHeldOn())))).setHeader(getTranslation("pairing.institution")));
        refresh();
        add(new ViewToolbar(getTranslation("nav.pairing.serviceDays"), summary, new PhoneFilters(ViewToolbar.group(month, areas.townField()))), grid);
    }

    private com.vaadin.flow.component.html.Span held(ServiceDayRow r) {
        return Badges.badge(getTranslation(r.wasHeld() ? "pairing.serviceDay.yes" : "pairing.serviceDay.no"),
                r.wasHeld() ? Badges.Tone.SUCCESS : Badges.Tone.ERROR);
    }

    void refresh() {
        List<ServiceDayRow> rows = activities.serviceDays(month.getValue(), areas.townId());
        long held = rows.stream().filter(ServiceDayRow::wasHeld).count();
        summary.setText(getTranslation("pairing.serviceDay.summary", rows.size(), held, rows.size() - held));
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.serviceDays") + " · " + getTranslation("app.name");
    }
}
