package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.pairing.ReportForm;
import cn.haitang.console.pairing.ReportKind;
import cn.haitang.console.pairing.ReportMoveRow;
import cn.haitang.console.pairing.ReportRow;
import cn.haitang.console.pairing.ReportStatus;
import cn.haitang.console.pairing.ReportingService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.region.RegionService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Registers a person with a micro-grid, or edits one: details, move to another grid (the earlier one
 * stays in the history shown below) and withdrawal.
 */
class ReportFormDialog extends Dialog {

    private final ReportingService reporting;
    private final @Nullable ReportRow existing;
    private final Runnable onSaved;
    final Select<ReportKind> kind = new Select<>();
    final TextField name = new TextField();
    final TextField idNumber = new TextField();
    final TextField phone = new TextField();
    final ComboBox<Named> institution = new ComboBox<>();
    final TextField skills = new TextField();
    final ComboBox<CommunityRef> community = new ComboBox<>();
    final ComboBox<Named> compound = new ComboBox<>();
    final ComboBox<Named> grid = new ComboBox<>();
    final DatePicker reportedOn;
    final Button save = new Button();
    final Button move = new Button();
    final Button withdraw = new Button();
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    ReportFormDialog(ReportingService reporting, PairingService pairing, @Nullable ReportRow existing, Runnable onSaved) {
        this.reporting = reporting;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "pairing.report.new" : "pairing.report.edit"));
        setCloseOnOutsideClick(false);
        setWidth("min(760px, 96vw)");
        kind.setLabel(getTranslation("pairing.report.kind"));
        kind.setItems(ReportKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.addValueChangeListener(e -> institution.setEnabled(e.getValue() != ReportKind.VOLUNTEER));
        name.setLabel(getTranslation("pairing.report.name"));
        name.setMaxLength(32);
        idNumber.setLabel(getTranslation("pairing.report.idNumber"));
        idNumber.setMaxLength(18);
        phone.setLabel(getTranslation("pairing.report.phone"));
        phone.setMaxLength(11);
        institution.setLabel(getTranslation("pairing.institution"));
        institution.setItems(pairing.institutionOptions());
        institution.setItemLabelGenerator(Named::name);
        institution.setClearButtonVisible(true);
        skills.setLabel(getTranslation("pairing.report.skills"));
        skills.setMaxLength(200);
        community.setLabel(getTranslation("pairing.community"));
        community.setItems(pairing.communitiesInScope());
        community.setItemLabelGenerator(c -> c.townName() + " · " + c.name());
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : pairing.compoundsOf(e.getValue().id()));
        });
        compound.setLabel(getTranslation("pairing.compound"));
        compound.setItemLabelGenerator(Named::name);
        compound.addValueChangeListener(e -> {
            grid.clear();
            grid.setItems(e.getValue() == null ? List.of() : pairing.gridsOf(e.getValue().id()));
        });
        grid.setLabel(getTranslation("pairing.report.grid"));
        grid.setItemLabelGenerator(Named::name);
        reportedOn = LocalizedFields.datePicker(this, "pairing.report.reportedOn");
        reportedOn.setMax(LocalDate.now(Formats.ZONE));
        fields.put("kind", kind);
        fields.put("name", name);
        fields.put("idNumber", idNumber);
        fields.put("phone", phone);
        fields.put("institutionId", institution);
        fields.put("skills", skills);
        fields.put("gridId", grid);
        fields.put("reportedOn", reportedOn);
        fields.put("date", reportedOn);
        FormLayout form = new FormLayout(kind, name, idNumber, phone, institution, skills, community, compound, grid, reportedOn);
        add(form);
        if (existing == null) {
            kind.setValue(ReportKind.MEMBER);
            reportedOn.setValue(LocalDate.now(Formats.ZONE));
        } else {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            idNumber.setValue(existing.idNumber());
            idNumber.setReadOnly(true);
            phone.setValue(existing.phone());
            institution.getListDataView().getItems().filter(i -> i.name().equals(existing.institutionName())).findFirst()
                    .ifPresent(institution::setValue);
            skills.setValue(existing.skills() == null ? "" : existing.skills());
            reportedOn.setValue(LocalDate.now(Formats.ZONE));
            reportedOn.setLabel(getTranslation("pairing.report.moveDate"));
            List<ReportMoveRow> history = reporting.movesOf(existing.id());
            Grid<ReportMoveRow> moves = PairingUi.grid(this);
            moves.addColumn(m -> m.compoundName() + " · " + m.gridName()).setHeader(getTranslation("pairing.report.grid")).setFlexGrow(2);
            moves.addColumn(m -> Formats.date(m.fromDate())).setHeader(getTranslation("pairing.report.history.from")).setAutoWidth(true);
            moves.addColumn(m -> Formats.date(m.toDate())).setHeader(getTranslation("pairing.report.history.to")).setAutoWidth(true);
            moves.setItems(history);
            moves.setHeight("140px");
            add(new H4(getTranslation("pairing.report.history") + " · " + existing.compoundName() + " " + existing.gridName()),
                    moves);
        }
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        save.addClickListener(e -> save());
        move.setText(getTranslation("pairing.report.move"));
        move.setIcon(VaadinIcon.EXCHANGE.create());
        move.addClickListener(e -> move());
        withdraw.setText(getTranslation("pairing.report.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> confirmWithdraw());
        boolean editing = existing != null;
        move.setVisible(editing);
        withdraw.setVisible(editing && existing.status() == ReportStatus.ACTIVE);
        getFooter().add(withdraw, move, new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private ReportForm form() {
        return new ReportForm(kind.getValue(), name.getValue(), idNumber.getValue(), phone.getValue(),
                institution.getValue() == null ? null : institution.getValue().id(), skills.getValue(),
                grid.getValue() == null ? null : grid.getValue().id(), reportedOn.getValue());
    }

    void save() {
        RuleViolations.clear(fields);
        try {
            if (existing == null) {
                reporting.register(form());
            } else {
                reporting.update(existing.id(), existing.version(), form());
            }
            Notifications.success(getTranslation("pairing.report.saved", name.getValue()));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }

    void move() {
        RuleViolations.clear(fields);
        try {
            reporting.move(existing.id(), existing.version(), grid.getValue() == null ? null : grid.getValue().id(),
                    reportedOn.getValue());
            Notifications.success(getTranslation("pairing.report.moved", existing.name()));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields);
        }
    }

    void confirmWithdraw() {
        Confirm.ask(getTranslation("pairing.report.withdraw.title", existing.name()),
                getTranslation("pairing.report.withdraw.text"), getTranslation("pairing.report.withdraw"), () -> {
                    if (PairingUi.attempt(() -> reporting.withdraw(existing.id(), existing.version()))) {
                        Notifications.success(getTranslation("pairing.report.withdrawn", existing.name()));
                        close();
                        onSaved.run();
                    }
                });
    }
}
