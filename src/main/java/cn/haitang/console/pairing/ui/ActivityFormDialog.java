package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.ActivityForm;
import cn.haitang.console.pairing.ActivityRow;
import cn.haitang.console.pairing.ActivityTypeRow;
import cn.haitang.console.pairing.AttachmentRow;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Records or edits an activity; an existing one also takes photos and sign-in sheets. */
class ActivityFormDialog extends Dialog {

    private final PairingService pairing;
    private final @Nullable ActivityRow existing;
    private final Runnable onSaved;
    final ComboBox<Named> institution = new ComboBox<>();
    final ComboBox<Named> community = new ComboBox<>();
    final ComboBox<Named> compound = new ComboBox<>();
    final Select<ActivityTypeRow> type = new Select<>();
    final DatePicker date;
    final IntegerField participants = new IntegerField();
    final BigDecimalField hours = new BigDecimalField();
    final TextArea description = new TextArea();
    final Button save = new Button();
    final Grid<AttachmentRow> attachments;
    final Span uploadMessage = new Span();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ActivityFormDialog(PairingService pairing, RegionService region, @Nullable ActivityRow existing, Runnable onSaved) {
        this.pairing = pairing;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pairing.activity.new" : "pairing.activity.edit"));
        setCloseOnOutsideClick(false);
        setWidth("min(820px, 96vw)");
        institution.setLabel(getTranslation("pairing.institution"));
        institution.setItems(pairing.institutionOptions());
        institution.setItemLabelGenerator(Named::name);
        institution.addValueChangeListener(e -> {
            community.clear();
            community.setItems(e.getValue() == null ? List.of() : pairing.pairedCommunities(e.getValue().id()));
        });
        community.setLabel(getTranslation("pairing.community"));
        community.setItemLabelGenerator(Named::name);
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : pairing.compoundsOf(e.getValue().id()));
        });
        compound.setLabel(getTranslation("pairing.compound"));
        compound.setItemLabelGenerator(Named::name);
        compound.setClearButtonVisible(true);
        List<ActivityTypeRow> typeRows = pairing.activityTypes();
        type.setLabel(getTranslation("pairing.activity.type"));
        type.setItems(typeRows);
        type.setItemLabelGenerator(ActivityTypeRow::name);
        date = LocalizedFields.datePicker(this, "pairing.activity.date");
        date.setMax(LocalDate.now(Formats.ZONE));
        participants.setLabel(getTranslation("pairing.activity.participants"));
        participants.setMin(1);
        hours.setLabel(getTranslation("pairing.activity.hours"));
        description.setLabel(getTranslation("pairing.activity.description"));
        description.setMaxLength(1000);
        fields.put("institutionId", institution);
        fields.put("communityId", community);
        fields.put("compoundId", compound);
        fields.put("typeId", type);
        fields.put("date", date);
        fields.put("participants", participants);
        fields.put("hours", hours);
        fields.put("description", description);
        FormLayout form = new FormLayout(institution, community, compound, type, date, participants, hours, description);
        form.setColspan(description, 2);
        add(form);
        attachments = PairingUi.grid(this);
        if (existing == null) {
            date.setValue(LocalDate.now(Formats.ZONE));
            typeRows.stream().filter(ActivityTypeRow::unifiedDay).findFirst().ifPresent(type::setValue);
        } else {
            ActivityForm values = pairing.activityForm(existing.id());
            institution.getListDataView().getItems().filter(i -> i.id() == values.institutionId()).findFirst()
                    .ifPresent(institution::setValue);
            community.getListDataView().getItems().filter(c -> c.id() == values.communityId()).findFirst()
                    .ifPresent(community::setValue);
            if (values.compoundId() != null) {
                compound.getListDataView().getItems().filter(c -> c.id() == values.compoundId()).findFirst()
                        .ifPresent(compound::setValue);
            }
            typeRows.stream().filter(t -> t.id() == values.typeId()).findFirst().ifPresent(type::setValue);
            date.setValue(values.date());
            participants.setValue(values.participants());
            hours.setValue(values.hours());
            description.setValue(values.description());
            add(attachmentSection());
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        if (existing != null) {
            Button delete = new Button(getTranslation("pairing.activity.delete"), VaadinIcon.TRASH.create(), e -> confirmDelete());
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            getFooter().add(delete);
        }
        getFooter().add(cancel, save);
    }

    private com.vaadin.flow.component.html.Div attachmentSection() {
        long activityId = existing.id();
        attachments.addColumn(AttachmentRow::fileName).setHeader(getTranslation("pairing.activity.attachments")).setFlexGrow(2);
        attachments.addColumn(a -> getTranslation("pairing.attachment.size", Math.max(1, a.sizeBytes() / 1024)))
                .setAutoWidth(true);
        attachments.addColumn(a -> Formats.dateTime(a.uploadedAt()) + " " + a.uploadedBy()).setAutoWidth(true);
        attachments.addComponentColumn(this::attachmentActions).setAutoWidth(true);
        attachments.setHeight("160px");
        attachments.setItems(pairing.attachments(activityId));
        UI ui = UI.getCurrent();
        SecurityContext security = SecurityContextHolder.getContext();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> ui.access(() -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                receive(meta.fileName(), meta.contentType(), bytes);
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        })));
        upload.setAcceptedFileTypes(".jpg", ".jpeg", ".png", ".pdf", "image/jpeg", "image/png", "application/pdf");
        upload.setMaxFileSize((int) PairingService.MAX_ATTACHMENT_BYTES);
        upload.setMaxFiles(5);
        upload.setI18n(PairingUi.uploadI18n(this, "pairing.attachment.upload"));
        upload.addFileRejectedListener(e -> Notifications.error(e.getErrorMessage()));
        Span hint = new Span(getTranslation("pairing.attachment.hint"));
        hint.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        return new com.vaadin.flow.component.html.Div(new H4(getTranslation("pairing.activity.attachments")), attachments,
                upload, hint, uploadMessage);
    }

    /** Hands an uploaded file to the service, which checks size, type and content. */
    void receive(String fileName, String contentType, byte[] bytes) {
        try {
            pairing.addAttachment(existing.id(), fileName, contentType, bytes);
            uploadMessage.setText(getTranslation("pairing.attachment.uploaded", fileName));
            attachments.setItems(pairing.attachments(existing.id()));
            onSaved.run();
        } catch (RuleViolationException e) {
            uploadMessage.setText(RuleViolations.message(e));
            Notifications.error(RuleViolations.message(e));
        }
    }

    private HorizontalLayout attachmentActions(AttachmentRow row) {
        SecurityContext security = SecurityContextHolder.getContext();
        Anchor download = new Anchor((DownloadHandler) event -> {
            SecurityContext previous = SecurityContextHolder.getContext();
            SecurityContextHolder.setContext(security);
            try {
                PairingService.AttachmentContent content = pairing.attachmentContent(row.id());
                event.setFileName(content.fileName());
                event.setContentType(content.contentType());
                event.getOutputStream().write(content.content());
            } finally {
                SecurityContextHolder.setContext(previous);
            }
        }, getTranslation("pairing.common.download"));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> {
            if (PairingUi.attempt(() -> pairing.deleteAttachment(row.id()))) {
                Notifications.success(getTranslation("pairing.attachment.deleted"));
                attachments.setItems(pairing.attachments(existing.id()));
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        delete.setTooltipText(getTranslation("pairing.common.delete"));
        return new HorizontalLayout(download, delete);
    }

    void confirmDelete() {
        Confirm.ask(getTranslation("pairing.activity.delete.title"), getTranslation("pairing.activity.delete.text"),
                getTranslation("pairing.common.delete"), () -> {
                    if (PairingUi.attempt(() -> pairing.deleteActivity(existing.id(), existing.version()))) {
                        Notifications.success(getTranslation("pairing.activity.deleted"));
                        close();
                        onSaved.run();
                    }
                });
    }

    void save() {
        RuleViolations.clear(fields);
        if (institution.getValue() == null) {
            show(RuleViolationException.atField("institutionId", "pairing.error.required"));
            return;
        }
        if (community.getValue() == null) {
            show(RuleViolationException.atField("communityId", "pairing.error.required"));
            return;
        }
        if (type.getValue() == null) {
            show(RuleViolationException.atField("typeId", "pairing.error.required"));
            return;
        }
        ActivityForm form = new ActivityForm(institution.getValue().id(), community.getValue().id(),
                compound.getValue() == null ? null : compound.getValue().id(), type.getValue().id(), date.getValue(),
                participants.getValue() == null ? 0 : participants.getValue(), hours.getValue(), description.getValue());
        try {
            if (existing == null) {
                pairing.recordActivity(form);
            } else {
                pairing.updateActivity(existing.id(), existing.version(), form);
            }
            Notifications.success(getTranslation("pairing.activity.saved"));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            show(e);
        }
    }

    private void show(RuleViolationException e) {
        RuleViolations.show(e, fields);
    }
}
