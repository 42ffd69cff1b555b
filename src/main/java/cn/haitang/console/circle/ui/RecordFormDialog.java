package cn.haitang.console.circle.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.circle.Named;
import cn.haitang.console.circle.RecordForm;
import cn.haitang.console.circle.RecordRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.ServerOption;
import cn.haitang.console.circle.ServiceRecordService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Records or edits a session of a running scene: date and times, participants (a reason when more came
 * than the capacity), the volunteers and in-service members who served (those reported to the scene's
 * community), a note.
 */
class RecordFormDialog extends FormDialog {

    private final ServiceRecordService records;
    private final @Nullable RecordRow existing;
    private final Runnable onSaved;
    final ComboBox<Named> scene;
    final DatePicker heldOn;
    final TimePicker startsAt = new TimePicker();
    final TimePicker endsAt = new TimePicker();
    final IntegerField participants;
    final TextField overCapacityReason;
    final MultiSelectComboBox<ServerOption> servers = new MultiSelectComboBox<>();
    final TextArea note;

    RecordFormDialog(ServiceRecordService records, SceneService scenes, @Nullable RecordRow existing, LocalDate today,
                     Runnable onSaved) {
        super(CircleUi.t(existing == null ? "circle.record.new" : "circle.record.edit"));
        this.records = records;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("min(760px, 96vw)");
        List<Named> running = existing == null ? scenes.runningOptions(null)
                : List.of(new Named(existing.sceneId(), existing.communityName() + " · " + existing.sceneName()));
        scene = combo("sceneId", "circle.scene", running, Named::name, Need.REQUIRED);
        heldOn = date("heldOn", "circle.record.heldOn", FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        startsAt.setLabel(getTranslation("circle.record.startsAt"));
        endsAt.setLabel(getTranslation("circle.record.endsAt"));
        startsAt.setStep(Duration.ofMinutes(15));
        endsAt.setStep(Duration.ofMinutes(15));
        field("startsAt", startsAt, Need.REQUIRED);
        field("endsAt", endsAt, Need.REQUIRED);
        participants = integer("participants", "circle.record.participants", 1, ServiceRecordService.MAX_PARTICIPANTS,
                Need.REQUIRED);
        overCapacityReason = text("overCapacityReason", "circle.record.overCapacity", 200, Need.OPTIONAL);
        servers.setLabel(getTranslation("circle.record.serversPicked"));
        servers.setItemLabelGenerator(s -> s.label() + (s.member() ? " · " + getTranslation("circle.record.member") : ""));
        field("reportIds", servers, Need.OPTIONAL);
        note = textArea("note", "circle.record.note", 500, Need.OPTIONAL);
        form().setColspan(servers, 2);
        form().setColspan(note, 2);
        scene.addValueChangeListener(e -> {
            servers.clear();
            servers.setItems(e.getValue() == null ? List.of() : records.serverOptions(e.getValue().id()));
        });
        if (existing == null) {
            heldOn.setValue(today);
        } else {
            RecordForm values = records.form(existing.id());
            scene.setValue(running.getFirst());
            scene.setReadOnly(true);
            heldOn.setValue(values.heldOn());
            startsAt.setValue(values.startsAt());
            endsAt.setValue(values.endsAt());
            participants.setValue(values.participants());
            overCapacityReason.setValue(Objects.requireNonNullElse(values.overCapacityReason(), ""));
            note.setValue(Objects.requireNonNullElse(values.note(), ""));
            Set<Long> picked = Set.copyOf(values.reportIds());
            servers.setValue(servers.getListDataView().getItems().filter(s -> picked.contains(s.reportId())).toList());
            Button delete = new Button(getTranslation("circle.record.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
        onSave(() -> {
            RecordForm form = new RecordForm(Objects.requireNonNull(scene.getValue()).id(), heldOn.getValue(),
                    startsAt.getValue(), endsAt.getValue(), participants.getValue(), overCapacityReason.getValue(),
                    note.getValue(), servers.getValue().stream().map(ServerOption::reportId).toList());
            if (existing == null) {
                records.create(form);
            } else {
                records.update(existing.id(), existing.version(), form);
            }
            return getTranslation("circle.record.saved", participants.getValue());
        }, onSaved);
    }

    void confirmDelete() {
        RecordRow row = Objects.requireNonNull(existing);
        Confirm.ask(getTranslation("circle.record.delete.title"), getTranslation("circle.record.delete.text",
                row.sceneName(), row.heldOn().toString()), getTranslation("circle.delete"), () -> {
                    if (CircleUi.attempt(() -> records.delete(row.id(), row.version()))) {
                        Notifications.success(getTranslation("circle.record.deleted"));
                        close();
                        onSaved.run();
                    }
                });
    }

}
