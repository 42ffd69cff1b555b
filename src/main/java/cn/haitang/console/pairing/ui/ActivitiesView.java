package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.LazyGrids;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.ActivityFilter;
import cn.haitang.console.pairing.ActivityRow;
import cn.haitang.console.pairing.ActivityService;
import cn.haitang.console.pairing.ActivityTypeRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Joint service activities: filters (town, community, institution, type, month), Excel export, recording with attachments. */
@Route("pairing/activities")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 42, icon = "vaadin:calendar-user", title = "nav.pairing.activities")
class ActivitiesView extends Main implements HasDynamicTitle {

    private final ActivityService activities;
    private final InstitutionService institutions;
    private final PlacesService places;
    private final Clock clock;
    private final AreaFilter areas;
    final ComboBox<Area> town;
    final ComboBox<Named> institution;
    final Select<ActivityTypeRow> type = new Select<>();
    final Select<YearMonth> month;
    final Grid<ActivityRow> grid;
    final PhoneGrid phoneGrid;
    final Button create = new Button();
    final Button types = new Button();

    ActivitiesView(ActivityService activities, InstitutionService institutions, PlacesService places, AreaDirectory directory,
                   CurrentUser currentUser, Clock clock) {
        this.activities = activities;
        this.institutions = institutions;
        this.places = places;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        town = areas.townField();
        institution = PairingUi.institutionFilter(this, institutions.institutionOptions(), this::refresh);
        PairingUi.anyOf(type, this, "pairing.activity.type", "pairing.allTypes", activities.activityTypes(),
                ActivityTypeRow::name, this::refresh);
        month = PairingUi.monthSelect(this, "pairing.activity.month", true, LocalDate.now(clock));
        month.addValueChangeListener(e -> refresh());
        create.setText(getTranslation("pairing.activity.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        types.setText(getTranslation("pairing.activity.types"));
        types.setIcon(VaadinIcon.LIST.create());
        types.setVisible(currentUser.scope().isAdmin());
        types.addClickListener(e -> new ActivityTypesDialog(activities, () -> type.setItems(activities.activityTypes())).open());

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
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(a -> PhoneGrid.card(a.typeName(),
                Formats.date(a.date()) + " · " + a.institutionName(),
                a.communityName() + (a.compoundName() == null ? "" : " · " + a.compoundName()) + " · " + a.townName(),
                getTranslation("pairing.activity.participants") + " " + a.participants() + " · "
                        + getTranslation("pairing.activity.hours") + " " + a.hours()))
                .setHeader(getTranslation("pairing.activity.type")));
        grid.addItemClickListener(e -> openForm(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.pairing.activities"), new PhoneFilters(ViewToolbar.group(
                PairingUi.afterAreas(areas, institution, type, month))), ViewToolbar.group(PairingUi.export(this,
                "activities", clock, (out, locale) -> activities.exportActivities(filter(), out, locale)), types, create)),
                grid);
    }

    ActivityFilter filter() {
        return new ActivityFilter(areas.townId(), areas.communityId(),
                institution.getValue() == null ? null : institution.getValue().id(),
                type.getValue() == null ? null : type.getValue().id(), month.getValue());
    }

    void refresh() {
        ActivityFilter filter = filter();
        LazyGrids.bind(grid, window -> activities.listActivities(filter, window), () -> activities.countActivities(filter));
    }

    ActivityFormDialog openForm(@Nullable ActivityRow row) {
        ActivityFormDialog dialog = new ActivityFormDialog(activities, institutions, places, row, LocalDate.now(clock),
                this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.activities") + " · " + getTranslation("app.name");
    }
}
