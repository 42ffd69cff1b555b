package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.ActivityFilter;
import cn.haitang.console.pairing.ActivityRow;
import cn.haitang.console.pairing.ActivityTypeRow;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/** Joint service activities: filters (town, community, institution, type, month), Excel export, recording with attachments. */
@Route("pairing/activities")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 42, icon = "vaadin:calendar-user", title = "nav.pairing.activities")
public class ActivitiesView extends Main implements HasDynamicTitle {

    private final PairingService pairing;
    private final RegionService region;
    final ComboBox<TownRef> town = new ComboBox<>();
    final ComboBox<CommunityRef> community = new ComboBox<>();
    final ComboBox<Named> institution = new ComboBox<>();
    final Select<ActivityTypeRow> type = new Select<>();
    final Select<YearMonth> month;
    final Grid<ActivityRow> grid;
    final Button create = new Button();
    final Button types = new Button();

    public ActivitiesView(PairingService pairing, RegionService region, CurrentUser currentUser) {
        this.pairing = pairing;
        this.region = region;
        addClassName("ht-view");
        List<TownRef> towns = AreaFilters.wire(this, region, pairing, town, community, institution, this::refresh);
        type.setLabel(getTranslation("pairing.activity.type"));
        type.setItems(pairing.activityTypes());
        type.setItemLabelGenerator(t -> t == null ? getTranslation("pairing.allTypes") : t.name());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("pairing.allTypes"));
        type.addValueChangeListener(e -> refresh());
        month = PairingUi.monthSelect(this, "pairing.activity.month", true, LocalDate.now(Formats.ZONE));
        month.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("pairing.activity.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        types.setText(getTranslation("pairing.activity.types"));
        types.setIcon(VaadinIcon.LIST.create());
        types.setVisible(currentUser.scope().isAdmin());
        types.addClickListener(e -> new ActivityTypesDialog(pairing, () -> type.setItems(pairing.activityTypes())).open());

        grid = PairingUi.grid(this);
        grid.addColumn(a -> Formats.date(a.date())).setHeader(getTranslation("pairing.activity.date")).setAutoWidth(true);
        grid.addColumn(ActivityRow::typeName).setHeader(getTranslation("pairing.activity.type")).setAutoWidth(true);
        grid.addColumn(ActivityRow::institutionName).setHeader(getTranslation("pairing.institution")).setAutoWidth(true);
        grid.addColumn(ActivityRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        grid.addColumn(ActivityRow::communityName).setHeader(getTranslation("pairing.community")).setAutoWidth(true);
        grid.addColumn(a -> a.compoundName() == null ? "" : a.compoundName()).setHeader(getTranslation("pairing.compound"))
                .setAutoWidth(true);
        grid.addColumn(ActivityRow::participants).setHeader(getTranslation("pairing.activity.participants")).setAutoWidth(true);
        grid.addColumn(ActivityRow::hours).setHeader(getTranslation("pairing.activity.hours")).setAutoWidth(true);
        grid.addColumn(ActivityRow::description).setHeader(getTranslation("pairing.activity.description")).setFlexGrow(2);
        grid.addColumn(ActivityRow::attachments).setHeader(getTranslation("pairing.activity.attachments")).setAutoWidth(true);
        grid.addItemClickListener(e -> openForm(e.getItem()));
        if (towns.size() == 1) {
            town.setValue(towns.getFirst());
            town.setReadOnly(true);
        }
        refresh();
        add(new ViewToolbar(getTranslation("nav.pairing.activities"), ViewToolbar.group(town, community, institution, type,
                month, PairingUi.excelLink(this, "pairing.export", "activities",
                        (out, locale) -> pairing.exportActivities(filter(), out, locale)), types, create)), grid);
    }

    ActivityFilter filter() {
        return new ActivityFilter(town.getValue() == null ? null : town.getValue().id(),
                community.getValue() == null ? null : community.getValue().id(),
                institution.getValue() == null ? null : institution.getValue().id(),
                type.getValue() == null ? null : type.getValue().id(), month.getValue());
    }

    void refresh() {
        ActivityFilter filter = filter();
        grid.setItems(q -> pairing.listActivities(filter, q.getOffset(), q.getLimit()).stream(),
                q -> (int) pairing.countActivities(filter));
    }

    ActivityFormDialog openForm(ActivityRow row) {
        ActivityFormDialog dialog = new ActivityFormDialog(pairing, region, row, this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.activities") + " · " + getTranslation("app.name");
    }
}
