package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.ui.AttachmentUpload;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.pairing.ActivityForm;
import cn.haitang.console.pairing.ActivityRow;
import cn.haitang.console.pairing.ActivityService;
import cn.haitang.console.pairing.ActivityTypeRow;
import cn.haitang.console.pairing.AttachmentContent;
import cn.haitang.console.pairing.AttachmentRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Records or edits an activity, dated from {@link FieldChecks#EARLIEST_RECORD} to today; an existing one
 * also takes photos and sign-in sheets through the shared {@link AttachmentUpload}.
 */
class ActivityFormDialog extends PairingDialog {

    private final ActivityService activities;
    private final @Nullable ActivityRow existing;
    private final Runnable onSaved;
    final ComboBox<Named> institution;
    final ComboBox<Named> community;
    final ComboBox<Named> compound;
    final Select<ActivityTypeRow> type;
    final DatePicker date;
    final IntegerField participants;
    final BigDecimalField hours;
    final TextArea description;
    final Grid<AttachmentRow> attachments;
    @Nullable AttachmentUpload upload;

    ActivityFormDialog(ActivityService activities, InstitutionService institutions, PlacesService places,
                       @Nullable ActivityRow existing, LocalDate today, Runnable onSaved) {
        super(PairingUi.t(existing == null ? "pairing.activity.new" : "pairing.activity.edit"));
        this.activities = activities;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("min(820px, 96vw)");
        institution = combo("institutionId", "pairing.institution", institutions.institutionOptions(), Named::name,
                Need.REQUIRED);
        community = combo("communityId", "pairing.community", List.of(), Named::name, Need.REQUIRED);
        compound = combo("compoundId", "pairing.compound", List.of(), Named::name, Need.OPTIONAL);
        institution.addValueChangeListener(e -> {
            community.clear();
            community.setItems(e.getValue() == null ? List.of() : institutions.pairedCommunities(e.getValue().id()));
        });
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : places.compoundsOf(e.getValue().id()));
        });
        List<ActivityTypeRow> typeRows = activities.activityTypes();
        type = select("typeId", "pairing.activity.type", typeRows, ActivityTypeRow::name, Need.REQUIRED);
        date = date("date", "pairing.activity.date", FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        participants = count("participants", "pairing.activity.participants", 1, 10_000);
        hours = decimal("hours", "pairing.activity.hours", new BigDecimal("0.1"), BigDecimal.valueOf(24), 1, Need.REQUIRED);
        description = textArea("description", "pairing.activity.description", 1000, Need.REQUIRED);
        attachments = PairingUi.grid(this);
        if (existing == null) {
            date.setValue(today);
            typeRows.stream().filter(ActivityTypeRow::unifiedDay).findFirst().ifPresent(type::setValue);
        } else {
            ActivityForm values = activities.activityForm(existing.id());
            institution.getListDataView().getItems().filter(i -> i.id() == values.institutionId()).findFirst()
                    .ifPresent(institution::setValue);
            community.getListDataView().getItems().filter(c -> c.id() == values.communityId()).findFirst()
                    .ifPresent(community::setValue);
            if (values.compoundId() != null) {
                compound.getListDataView().getItems().filter(c -> Objects.equals(c.id(), values.compoundId())).findFirst()
                        .ifPresent(compound::setValue);
            }
            typeRows.stream().filter(t -> t.id() == values.typeId()).findFirst().ifPresent(type::setValue);
            date.setValue(values.date());
            participants.setValue(values.participants());
            hours.setValue(values.hours());
            description.setValue(values.description());
            add(attachmentSection(existing.id()));
            Button delete = new Button(getTranslation("pairing.activity.delete"), VaadinIcon.TRASH.create(),
                    e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().addComponentAsFirst(delete);
        }
        onSave(() -> {
            ActivityForm form = new ActivityForm(Objects.requireNonNull(institution.getValue()).id(),
                    Objects.requireNonNull(community.getValue()).id(),
                    compound.getValue() == null ? null : compound.getValue().id(), Objects.requireNonNull(type.getValue()).id(),
                    date.getValue(), participants.getValue(), hours.getValue(), description.getValue());
            if (existing == null) {
                activities.recordActivity(form);
            } else {
                activities.updateActivity(existing.id(), existing.version(), form);
            }
            return getTranslation("pairing.activity.saved");
        }, onSaved);
    }

    /** The activity's files: a grid to download or delete them, and the shared upload field. */
    private Div attachmentSection(long activityId) {
        attachments.addColumn(AttachmentRow::fileName).setHeader(getTranslation("pairing.activity.attachments")).setFlexGrow(2);
        attachments.addColumn(a -> getTranslation("pairing.attachment.size", Math.max(1, a.sizeBytes() / 1024)))
                .setAutoWidth(true);
        attachments.addColumn(a -> Formats.dateTime(a.uploadedAt()) + " " + a.uploadedBy()).setAutoWidth(true);
        attachments.addComponentColumn(this::attachmentActions).setAutoWidth(true);
        attachments.setHeight("160px");
        attachments.setItems(activities.attachments(activityId));
        AttachmentUpload files = new AttachmentUpload("pairing.attachment.upload",
                (fileName, contentType, content) -> activities.addAttachment(activityId, fileName, contentType, content),
                () -> {
                    attachments.setItems(activities.attachments(activityId));
                    onSaved.run();
                });
        upload = files;
        return new Div(new H4(getTranslation("pairing.activity.attachments")), attachments, files);
    }

    private HorizontalLayout attachmentActions(AttachmentRow row) {
        Anchor download = new Anchor((DownloadHandler) event -> {
            AttachmentContent content = activities.attachmentContent(row.id());
            event.setFileName(content.fileName());
            event.setContentType(content.contentType());
            event.getOutputStream().write(content.content());
        }, getTranslation("pairing.common.download"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            if (PairingUi.attempt(() -> activities.deleteAttachment(row.id()))) {
                Notifications.success(getTranslation("pairing.attachment.deleted"));
                attachments.setItems(activities.attachments(Objects.requireNonNull(existing).id()));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText(getTranslation("pairing.common.delete"));
        return new HorizontalLayout(download, delete);
    }

    void confirmDelete() {
        ActivityRow row = Objects.requireNonNull(existing);
        Confirm.ask(getTranslation("pairing.activity.delete.title"), getTranslation("pairing.activity.delete.text"),
                getTranslation("pairing.common.delete"), () -> {
                    if (PairingUi.attempt(() -> activities.deleteActivity(row.id(), row.version()))) {
                        Notifications.success(getTranslation("pairing.activity.deleted"));
                        close();
                        onSaved.run();
                    }
                });
    }
}
