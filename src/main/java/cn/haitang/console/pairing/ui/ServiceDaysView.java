package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.pairing.ServiceDayRow;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** The unified service day (在职党员统一服务日): per month, which pairings held it and which did not. */
@Route("pairing/service-days")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 43, icon = "vaadin:calendar-clock", title = "nav.pairing.serviceDays")
public class ServiceDaysView extends Main implements HasDynamicTitle {

    private final PairingService pairing;
    final Select<YearMonth> month;
    final ComboBox<TownRef> town = new ComboBox<>();
    final Grid<ServiceDayRow> grid;
    final Span summary = new Span();

    public ServiceDaysView(PairingService pairing, RegionService region) {
        this.pairing = pairing;
        addClassName("ht-view");
        month = PairingUi.monthSelect(this, "pairing.serviceDay.month", false, LocalDate.now(Formats.ZONE));
        month.setValue(YearMonth.now(Formats.ZONE));
        month.addValueChangeListener(e -> refresh());
        town.setLabel(getTranslation("pairing.town"));
        town.setPlaceholder(getTranslation("pairing.allTowns"));
        town.setItems(region.townsInScope());
        town.setItemLabelGenerator(TownRef::name);
        town.setClearButtonVisible(true);
        town.addValueChangeListener(e -> refresh());
        summary.setId("service-day-summary");
        grid = PairingUi.grid(this);
        grid.addColumn(ServiceDayRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        grid.addColumn(ServiceDayRow::institutionName).setHeader(getTranslation("pairing.institution")).setFlexGrow(2);
        grid.addColumn(r -> Formats.date(r.plannedDate())).setHeader(getTranslation("pairing.serviceDay.planned")).setAutoWidth(true);
        grid.addComponentColumn(r -> PairingUi.badge(getTranslation(r.wasHeld() ? "pairing.serviceDay.yes" : "pairing.serviceDay.no"),
                r.wasHeld() ? "success" : "error")).setHeader(getTranslation("pairing.serviceDay.held")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.firstHeldOn())).setHeader(getTranslation("pairing.serviceDay.heldOn")).setAutoWidth(true);
        refresh();
        add(new ViewToolbar(getTranslation("nav.pairing.serviceDays"), ViewToolbar.group(summary, month, town)), grid);
    }

    void refresh() {
        List<ServiceDayRow> rows = pairing.serviceDays(month.getValue(), town.getValue() == null ? null : town.getValue().id());
        long held = rows.stream().filter(ServiceDayRow::wasHeld).count();
        summary.setText(getTranslation("pairing.serviceDay.summary", rows.size(), held, rows.size() - held));
        grid.setItems(rows);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.serviceDays") + " · " + getTranslation("app.name");
    }
}
