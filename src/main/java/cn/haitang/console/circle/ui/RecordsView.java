package cn.haitang.console.circle.ui;

import cn.haitang.console.circle.SessionImportService;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LazyGrids;
import cn.haitang.console.base.ui.ImportDialog;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.circle.Named;
import cn.haitang.console.circle.RecordFilter;
import cn.haitang.console.circle.RecordRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.ServiceRecordService;
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
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.jspecify.annotations.Nullable;

/** Sessions held, newest first: area, scene and month filters, Excel export, recording a session with who served. */
@Route("circle/records")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 52, icon = "vaadin:clipboard-check", title = "nav.circle.records")
class RecordsView extends Main implements HasDynamicTitle {

    private final ServiceRecordService records;
    private final SceneService scenes;
    private final Clock clock;
    private final AreaFilter areas;
    final ComboBox<Named> scene = new ComboBox<>();
    final Select<YearMonth> month;
    final Grid<RecordRow> grid;
    final Button create = new Button();
    final Button importSessions = new Button();
    private final SessionImportService imports;

    RecordsView(ServiceRecordService records, SceneService scenes, SessionImportService imports, AreaDirectory directory,
                Clock clock) {
        this.records = records;
        this.imports = imports;
        this.scenes = scenes;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, () -> {
            // the scenes offered follow the area; a scene chosen elsewhere no longer filters
            scene.getDataProvider().refreshAll();
            if (scene.getValue() != null) {
                scene.clear();
            } else {
                refresh();
            }
        });
        scene.setLabel(getTranslation("circle.scene"));
        scene.setPlaceholder(getTranslation("circle.any"));
        scene.setClearButtonVisible(true);
        // asked for as the user opens the list or types: a city holds thousands of running scenes
        scene.setItems(query -> scenes.runningOptions(areas.townId(), areas.communityId(), query.getFilter().orElse(""),
                query.getOffset(), query.getLimit()).stream());
        scene.setItemLabelGenerator(Named::name);
        scene.addValueChangeListener(e -> refresh());
        month = CircleUi.months(this, LocalDate.now(clock), this::refresh);
        create.setText(getTranslation("circle.record.new"));
        create.setIcon(VaadinIcon.PLUS.create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(e -> openForm(null));
        importSessions.setText(getTranslation("circle.import.sessions"));
        importSessions.setIcon(VaadinIcon.UPLOAD.create());
        importSessions.addClickListener(e -> openImport());

        grid = CircleUi.grid(this);
        grid.addColumn(r -> Formats.date(r.heldOn())).setHeader(getTranslation("circle.record.heldOn")).setAutoWidth(true);
        grid.addColumn(r -> r.startsAt() + "–" + r.endsAt()).setHeader(getTranslation("circle.record.time")).setAutoWidth(true);
        grid.addColumn(RecordRow::sceneName).setHeader(getTranslation("circle.scene.name")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(RecordRow::communityName).setHeader(getTranslation("circle.community")).setAutoWidth(true);
        grid.addColumn(RecordRow::participants).setHeader(getTranslation("circle.record.participants")).setAutoWidth(true);
        grid.addColumn(RecordRow::servers).setHeader(getTranslation("circle.record.servers")).setAutoWidth(true);
        grid.addColumn(r -> r.volunteerHours().toPlainString()).setHeader(getTranslation("circle.record.volunteerHours"))
                .setAutoWidth(true);
        grid.addColumn(r -> r.note() == null ? "" : r.note()).setHeader(getTranslation("circle.record.note")).setFlexGrow(2);
        PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.sceneName(),
                new Object[] {Formats.date(r.heldOn()) + " " + r.startsAt() + "–" + r.endsAt(), r.communityName()},
                getTranslation("circle.record.participants") + " " + r.participants() + " · "
                        + getTranslation("circle.record.servers") + " " + r.servers() + " · "
                        + getTranslation("circle.record.volunteerHours") + " " + r.volunteerHours().toPlainString(),
                r.note())).setHeader(getTranslation("circle.scene.name")));
        grid.addItemClickListener(e -> openForm(e.getItem()));
        refresh();
        add(new ViewToolbar(getTranslation("nav.circle.records"), new PhoneFilters(ViewToolbar.group(CircleUi.afterAreas(areas, scene, month))),
                ViewToolbar.group(CircleUi.export(this, "sessions", clock, (out, locale) -> records.export(filter(), out, locale)),
                        importSessions, create)),
                grid);
    }

    RecordFilter filter() {
        return new RecordFilter(areas.townId(), areas.communityId(), CircleUi.id(scene.getValue()), month.getValue());
    }

    void refresh() {
        RecordFilter filter = filter();
        LazyGrids.bind(grid, window -> records.list(filter, window), () -> records.count(filter));
    }

    RecordFormDialog openForm(@Nullable RecordRow row) {
        RecordFormDialog dialog = new RecordFormDialog(records, scenes, row, LocalDate.now(clock), this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.circle.records") + " · " + getTranslation("app.name");
    }

    /** The sessions of a sheet, previewed, then saved all or none through the record form's own rules. */
    ImportDialog openImport() {
        return CircleUi.openImport("sessions", ImportDialog.Importer.of(imports::template, imports::preview, imports::importFile),
                this::refresh);
    }
}
