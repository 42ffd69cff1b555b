package cn.haitang.console.circle.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.ImportDialog;
import cn.haitang.console.circle.SceneImportService;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.circle.SceneFilter;
import cn.haitang.console.circle.SceneRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.SceneState;
import cn.haitang.console.circle.SceneTypeRow;
import cn.haitang.console.circle.TargetGroup;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Happiness scenes: area, type, state, target group and text filters, Excel export, the scene's form and lifecycle. */
@Route("circle/scenes")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 51, icon = "vaadin:sun-o", title = "nav.circle.scenes")
class ScenesView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final SceneService scenes;
    private final PositionService positions;
    private final AreaDirectory directory;
    private final Clock clock;
    private final AreaFilter areas;
    final TextField search = new TextField();
    final Select<SceneTypeRow> type;
    final Select<SceneState> state;
    final Select<TargetGroup> group;
    final Grid<SceneRow> grid;
    final PhoneGrid phoneGrid;
    final Button create = new Button();
    final Button types = new Button();
    final Button importScenes = new Button();
    private final SceneImportService imports;

    ScenesView(SceneService scenes, PositionService positions, SceneImportService imports, AreaDirectory directory,
               CurrentUser currentUser, Clock clock) {
        this.scenes = scenes;
        this.imports = imports;
        this.positions = positions;
        this.directory = directory;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        search.setLabel(getTranslation("circle.search"));
        search.setPlaceholder(getTranslation("circle.scene.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        type = CircleUi.anyOf(this, "circle.scene.type", scenes.types(), SceneTypeRow::name, this::refresh);
        state = CircleUi.anyOf(this, "circle.scene.state", List.of(SceneState.values()), s -> getTranslation(s.messageKey()),
                this::refresh);
        group = CircleUi.anyOf(this, "circle.scene.groups", List.of(TargetGroup.values()), g -> getTranslation(g.messageKey()),
                this::refresh);
        create.setText(getTranslation("circle.scene.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        types.setText(getTranslation("circle.type.list"));
        types.setIcon(VaadinIcon.LIST.create());
        types.setVisible(currentUser.scope().isAdmin());
        types.addClickListener(e -> new SceneTypesDialog(scenes, () -> type.setItems(scenes.types())).open());
        importScenes.setText(getTranslation("circle.import.scenes"));
        importScenes.setIcon(VaadinIcon.UPLOAD.create());
        importScenes.addClickListener(e -> openImport());

        grid = CircleUi.grid(this);
        grid.addColumn(SceneRow::name).setHeader(getTranslation("circle.scene.name")).setSortProperty("name")
                .setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(SceneRow::typeName).setHeader(getTranslation("circle.scene.type")).setSortProperty("typeName")
                .setAutoWidth(true);
        grid.addColumn(SceneRow::communityName).setHeader(getTranslation("circle.community")).setSortProperty("communityName")
                .setAutoWidth(true);
        grid.addColumn(SceneRow::positionName).setHeader(getTranslation("circle.scene.position")).setAutoWidth(true);
        grid.addColumn(r -> r.groups().stream().map(g -> getTranslation(g.messageKey())).collect(Collectors.joining("、")))
                .setHeader(getTranslation("circle.scene.groups")).setAutoWidth(true);
        grid.addColumn(SceneRow::schedule).setHeader(getTranslation("circle.scene.schedule")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(r -> CircleUi.stateBadge(this, r.state()))).setHeader(getTranslation("circle.scene.state"))
                .setSortProperty("state").setAutoWidth(true);
        grid.addColumn(SceneRow::sessions).setHeader(getTranslation("circle.scene.sessions")).setSortProperty("sessions")
                .setAutoWidth(true);
        grid.addColumn(SceneRow::personTimes).setHeader(getTranslation("circle.scene.personTimes"))
                .setSortProperty("personTimes").setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.name(),
                new Object[] {CircleUi.stateBadge(this, r.state()), r.typeName()},
                r.communityName() + " · " + r.positionName(),
                getTranslation("circle.scene.sessions") + " " + r.sessions() + " · "
                        + getTranslation("circle.scene.personTimes") + " " + r.personTimes()))
                .setHeader(getTranslation("circle.scene.name")));
        grid.addItemClickListener(e -> openForm(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.circle.scenes"), new PhoneFilters(ViewToolbar.group(
                CircleUi.afterAreas(areas, search, type, state, group))), ViewToolbar.group(CircleUi.export(this, "scenes",
                clock, (out, locale) -> scenes.export(filter(), out, locale)), types, importScenes, create)), grid);
    }

    SceneFilter filter() {
        return new SceneFilter(areas.townId(), areas.communityId(), null,
                type.getValue() == null ? null : type.getValue().id(), state.getValue(), group.getValue(), search.getValue());
    }

    void refresh() {
        SceneFilter filter = filter();
        CircleUi.lazy(grid, p -> scenes.list(filter, p), () -> scenes.count(filter));
    }

    SceneFormDialog openForm(@Nullable SceneRow row) {
        SceneFormDialog dialog = new SceneFormDialog(scenes, positions, directory, row, this::refresh);
        dialog.open();
        return dialog;
    }

    /** A search hit opens the list with the record's form ({@code ?scene=id}); the service checks the scope. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter("scene").filter(v -> v.matches("\\d{1,18}"))
                .ifPresent(v -> CircleUi.attempt(() -> openForm(scenes.scene(Long.parseLong(v)))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.circle.scenes") + " · " + getTranslation("app.name");
    }

    /** A town's list of scenes, previewed, then saved all or none through the scene form's own rules. */
    ImportDialog openImport() {
        return CircleUi.openImport("scenes", ImportDialog.Importer.of(imports::template, imports::preview, imports::importFile),
                this::refresh);
    }
}
