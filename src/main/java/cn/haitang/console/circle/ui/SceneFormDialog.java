package cn.haitang.console.circle.ui;

import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AttachmentUpload;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.circle.Named;
import cn.haitang.console.circle.OrganiserKind;
import cn.haitang.console.circle.PhotoContent;
import cn.haitang.console.circle.PhotoRow;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.circle.SceneForm;
import cn.haitang.console.circle.SceneGrantRow;
import cn.haitang.console.circle.SceneRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.SceneState;
import cn.haitang.console.circle.SceneTypeRow;
import cn.haitang.console.circle.StateChangeRow;
import cn.haitang.console.circle.TargetGroup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a scene on a position; an existing one also moves along its lifecycle (with a reason
 * for pausing and closing), shows its history and takes photos through the shared upload.
 */
class SceneFormDialog extends FormDialog {

    private final SceneService scenes;
    private final PositionService positions;
    private final @Nullable SceneRow existing;
    private final Runnable onSaved;
    final ComboBox<Named> position;
    final Select<SceneTypeRow> type;
    final TextField name;
    final CheckboxGroup<TargetGroup> groups = new CheckboxGroup<>();
    final Select<OrganiserKind> organiserKind;
    final TextField organiserName;
    final ComboBox<Named> institution;
    final TextField schedule;
    final IntegerField capacity;
    final HorizontalLayout stateActions = new HorizontalLayout();
    final Grid<PhotoRow> photos;
    final Grid<SceneGrantRow> grants;
    final com.vaadin.flow.component.html.Span grantTotal = new com.vaadin.flow.component.html.Span();
    @Nullable AttachmentUpload upload;

    SceneFormDialog(SceneService scenes, PositionService positions, AreaDirectory areas, @Nullable SceneRow existing,
                    Runnable onSaved) {
        super(CircleUi.t(existing == null ? "circle.scene.new" : "circle.scene.edit"));
        this.scenes = scenes;
        this.positions = positions;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("min(860px, 96vw)");
        position = combo("positionId", "circle.scene.position", positions.options(null), Named::name, Need.REQUIRED);
        List<SceneTypeRow> typeRows = scenes.types();
        type = select("typeId", "circle.scene.type", typeRows, SceneTypeRow::name, Need.REQUIRED);
        name = text("name", "circle.scene.name", 100, Need.REQUIRED);
        groups.setLabel(getTranslation("circle.scene.groups"));
        groups.setItems(TargetGroup.values());
        groups.setItemLabelGenerator(g -> getTranslation(g.messageKey()));
        field("groups", groups, Need.REQUIRED);
        organiserKind = select("organiserKind", "circle.scene.organiserKind", List.of(OrganiserKind.values()),
                k -> getTranslation(k.messageKey()), Need.REQUIRED);
        organiserName = text("organiserName", "circle.scene.organiser", 100, Need.OPTIONAL);
        institution = combo("institutionId", "circle.scene.institution", List.of(), Named::name, Need.OPTIONAL);
        schedule = text("schedule", "circle.scene.schedule", 100, Need.REQUIRED);
        schedule.setPlaceholder(getTranslation("circle.scene.schedule.example"));
        capacity = integer("capacity", "circle.scene.capacity", 1, SceneService.MAX_CAPACITY, Need.REQUIRED);
        position.addValueChangeListener(e -> institution.setItems(e.getValue() == null ? List.of()
                : positions.lenders(positions.position(e.getValue().id()).communityId())));
        organiserKind.addValueChangeListener(e -> {
            boolean byInstitution = e.getValue() == OrganiserKind.INSTITUTION;
            institution.setVisible(byInstitution);
            organiserName.setVisible(!byInstitution);
        });
        photos = CircleUi.grid(this);
        grants = CircleUi.grid(this);
        if (existing == null) {
            organiserKind.setValue(OrganiserKind.COMMUNITY);
        } else {
            SceneForm values = scenes.form(existing.id());
            position.getListDataView().getItems().filter(p -> p.id() == values.positionId()).findFirst()
                    .ifPresent(position::setValue);
            typeRows.stream().filter(t -> t.id() == values.typeId()).findFirst().ifPresent(type::setValue);
            name.setValue(Objects.requireNonNullElse(values.name(), ""));
            groups.setValue(values.groups());
            organiserKind.setValue(values.organiserKind());
            organiserName.setValue(Objects.requireNonNullElse(values.organiserName(), ""));
            institution.getListDataView().getItems().filter(i -> Objects.equals(i.id(), values.institutionId())).findFirst()
                    .ifPresent(institution::setValue);
            schedule.setValue(Objects.requireNonNullElse(values.schedule(), ""));
            capacity.setValue(values.capacity());
            add(lifecycle(existing), grantSection(existing.id()), photoSection(existing.id()));
            if (existing.state() == SceneState.CLOSED) {
                saveButton().setVisible(false);
            }
        }
        onSave(() -> {
            SceneForm form = new SceneForm(Objects.requireNonNull(position.getValue()).id(),
                    Objects.requireNonNull(type.getValue()).id(), name.getValue(),
                    groups.getValue().isEmpty() ? EnumSet.noneOf(TargetGroup.class) : EnumSet.copyOf(groups.getValue()),
                    organiserKind.getValue(), organiserName.getValue(), CircleUi.id(institution.getValue()),
                    schedule.getValue(), capacity.getValue());
            if (existing == null) {
                scenes.create(form);
            } else {
                scenes.update(existing.id(), existing.version(), form);
            }
            return getTranslation("circle.scene.saved", name.getValue());
        }, onSaved);
    }

    /** The scene's state, the moves it may make, and its history. */
    private Div lifecycle(SceneRow row) {
        stateActions.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        stateActions.add(CircleUi.stateBadge(this, row.state()));
        for (SceneState next : row.state().next()) {
            Button move = new Button(getTranslation("circle.state.to." + next.name()), e -> openStateChange(row, next));
            move.addThemeVariants(next == SceneState.CLOSED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_CONTRAST,
                    ButtonVariant.LUMO_SMALL);
            stateActions.add(move);
        }
        Grid<StateChangeRow> history = CircleUi.grid(this);
        history.addColumn(h -> Formats.date(h.changedOn())).setHeader(getTranslation("circle.history.on")).setAutoWidth(true);
        history.addColumn(h -> getTranslation(h.toState().messageKey())).setHeader(getTranslation("circle.scene.state"))
                .setAutoWidth(true);
        history.addColumn(h -> h.reason() == null ? "" : h.reason()).setHeader(getTranslation("circle.history.reason"))
                .setFlexGrow(2);
        history.addColumn(StateChangeRow::changedBy).setHeader(getTranslation("circle.history.by")).setAutoWidth(true);
        history.setItems(scenes.history(row.id()));
        history.setAllRowsVisible(true);
        return new Div(new H4(getTranslation("circle.scene.lifecycle")), stateActions, history);
    }

    SceneStateDialog openStateChange(SceneRow row, SceneState next) {
        SceneStateDialog dialog = new SceneStateDialog(scenes, row, next, () -> {
            close();
            onSaved.run();
        });
        dialog.open();
        return dialog;
    }

    /** The grants the scene received from the governance funds (a reversal shows as a negative line) and their sum. */
    private Div grantSection(long sceneId) {
        List<SceneGrantRow> rows = scenes.grants(sceneId);
        grants.addColumn(g -> Formats.date(g.movedOn())).setHeader(getTranslation("circle.grant.date")).setAutoWidth(true);
        grants.addColumn(SceneGrantRow::fundName).setHeader(getTranslation("circle.grant.fund")).setAutoWidth(true);
        grants.addColumn(g -> Formats.money(g.amount())).setHeader(getTranslation("circle.grant.amount"))
                .setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grants.addColumn(g -> g.reversal() ? getTranslation("circle.grant.reversal", g.purpose()) : g.purpose())
                .setHeader(getTranslation("circle.grant.purpose")).setFlexGrow(2);
        grants.setItems(rows);
        grants.setAllRowsVisible(true);
        grantTotal.setId("scene-grant-total");
        grantTotal.setText(getTranslation("circle.grant.total", Formats.money(rows.stream().map(SceneGrantRow::amount)
                .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add))));
        return new Div(new H4(getTranslation("circle.grants")), grants, grantTotal);
    }

    /** The scene's photos: a grid to download or delete them, and the shared upload field. */
    private Div photoSection(long sceneId) {
        photos.addColumn(PhotoRow::fileName).setHeader(getTranslation("circle.photos")).setFlexGrow(2);
        photos.addColumn(p -> Formats.dateTime(p.uploadedAt()) + " " + p.uploadedBy()).setAutoWidth(true);
        photos.addComponentColumn(this::photoActions).setAutoWidth(true);
        photos.setHeight("150px");
        photos.setItems(scenes.photos(sceneId, null));
        AttachmentUpload files = new AttachmentUpload("circle.photo.upload",
                (fileName, contentType, content) -> scenes.addPhoto(sceneId, null, fileName, contentType, content),
                () -> photos.setItems(scenes.photos(sceneId, null)));
        upload = files;
        return new Div(new H4(getTranslation("circle.photos")), photos, files);
    }

    private HorizontalLayout photoActions(PhotoRow row) {
        Anchor download = new Anchor((DownloadHandler) event -> {
            PhotoContent content = scenes.photoContent(row.id());
            event.setFileName(content.fileName());
            event.setContentType(content.contentType());
            event.getOutputStream().write(content.content());
        }, getTranslation("circle.download"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> cn.haitang.console.base.ui.Confirm.ask(
                getTranslation("circle.photo.delete.title"), row.fileName(), getTranslation("circle.delete"), () -> {
                    if (CircleUi.attempt(() -> scenes.deletePhoto(row.id()))) {
                        Notifications.success(getTranslation("circle.photo.deleted"));
                        photos.setItems(scenes.photos(Objects.requireNonNull(existing).id(), null));
                    }
                }));
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText(getTranslation("circle.delete"));
        return new HorizontalLayout(download, delete);
    }
}
