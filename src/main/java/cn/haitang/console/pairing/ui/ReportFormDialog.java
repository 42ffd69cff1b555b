package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.pairing.IdNumbers;
import cn.haitang.console.pairing.Named;
import cn.haitang.console.pairing.PlacesService;
import cn.haitang.console.pairing.ReportForm;
import cn.haitang.console.pairing.ReportKind;
import cn.haitang.console.pairing.ReportMoveRow;
import cn.haitang.console.pairing.ReportRow;
import cn.haitang.console.pairing.ReportStatus;
import cn.haitang.console.pairing.ReportingService;
import cn.haitang.console.region.CommunityRef;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.ValidationResult;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Registers a person with a micro-grid, or edits one: details, move to another grid (the earlier one
 * stays in the history shown below) and withdrawal. Dates from {@link FieldChecks#EARLIEST_RECORD} to today.
 */
class ReportFormDialog extends PairingDialog {

    private final ReportingService reporting;
    private final @Nullable ReportRow existing;
    private final Runnable onSaved;
    final Select<ReportKind> kind;
    final TextField name;
    final TextField idNumber;
    final TextField phone;
    final ComboBox<Named> institution;
    final TextField skills;
    final ComboBox<CommunityRef> community = new ComboBox<>();
    final ComboBox<Named> compound = new ComboBox<>();
    final ComboBox<Named> grid;
    final DatePicker reportedOn;
    final Button move = new Button();
    final Button withdraw = new Button();

    ReportFormDialog(ReportingService reporting, PlacesService places, List<Named> institutions, @Nullable ReportRow existing,
                     LocalDate today, Runnable onSaved) {
        super(PairingUi.t(existing == null ? "pairing.report.new" : "pairing.report.edit"));
        this.reporting = reporting;
        this.existing = existing;
        this.onSaved = onSaved;
        setWidth("min(760px, 96vw)");
        kind = select("kind", "pairing.report.kind", List.of(ReportKind.values()), k -> getTranslation(k.messageKey()),
                Need.REQUIRED);
        name = text("name", "pairing.report.name", 32, Need.REQUIRED);
        // a new person's ID number is checked at the field (length, digits, birth date, check character)
        idNumber = field("idNumber", new TextField(getTranslation("pairing.report.idNumber")), Need.REQUIRED,
                (value, context) -> {
                    String problem = existing != null ? null : IdNumbers.problem(IdNumbers.normalise(value));
                    return problem == null ? ValidationResult.ok() : ValidationResult.error(getTranslation(problem));
                });
        enterSaves(idNumber);
        phone = text("phone", "pairing.report.phone", 20, Need.REQUIRED);
        institution = combo("institutionId", "pairing.institution", institutions, Named::name, Need.OPTIONAL);
        kind.addValueChangeListener(e -> institution.setEnabled(e.getValue() != ReportKind.VOLUNTEER));
        skills = text("skills", "pairing.report.skills", 200, Need.OPTIONAL);
        community.setLabel(getTranslation("pairing.community"));
        community.setItems(places.communitiesInScope());
        community.setItemLabelGenerator(c -> c.townName() + " · " + c.name());
        compound.setLabel(getTranslation("pairing.compound"));
        compound.setItemLabelGenerator(Named::name);
        form().add(community, compound);
        // a new person needs a grid; an edit keeps theirs unless moved
        grid = combo("gridId", "pairing.report.grid", List.of(), Named::name, existing == null ? Need.REQUIRED : Need.OPTIONAL);
        community.addValueChangeListener(e -> {
            compound.clear();
            compound.setItems(e.getValue() == null ? List.of() : places.compoundsOf(e.getValue().id()));
        });
        compound.addValueChangeListener(e -> {
            grid.clear();
            grid.setItems(e.getValue() == null ? List.of() : places.gridsOf(e.getValue().id()));
        });
        reportedOn = date("reportedOn", "pairing.report.reportedOn", FieldChecks.EARLIEST_RECORD, today, Need.REQUIRED);
        fields().put("date", reportedOn);
        reportedOn.setValue(today);
        if (existing == null) {
            kind.setValue(ReportKind.MEMBER);
        } else {
            kind.setValue(existing.kind());
            name.setValue(existing.name());
            idNumber.setValue(existing.idNumber());
            idNumber.setReadOnly(true);
            phone.setValue(existing.phone());
            institution.getListDataView().getItems().filter(i -> i.name().equals(existing.institutionName())).findFirst()
                    .ifPresent(institution::setValue);
            skills.setValue(existing.skills() == null ? "" : existing.skills());
            reportedOn.setLabel(getTranslation("pairing.report.moveDate"));
            add(history(existing));
        }
        move.setText(getTranslation("pairing.report.move"));
        move.setIcon(VaadinIcon.EXCHANGE.create());
        move.addClickListener(e -> move());
        withdraw.setText(getTranslation("pairing.report.withdraw"));
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        withdraw.addClickListener(e -> confirmWithdraw());
        move.setVisible(existing != null);
        withdraw.setVisible(existing != null && existing.status() == ReportStatus.ACTIVE);
        getFooter().addComponentAtIndex(0, withdraw);
        getFooter().addComponentAtIndex(1, move);
        onSave(() -> {
            if (existing == null) {
                reporting.register(values());
            } else {
                reporting.update(existing.id(), existing.version(), values());
            }
            return getTranslation("pairing.report.saved", name.getValue());
        }, onSaved);
    }

    /** The grids the person reported to before. */
    private com.vaadin.flow.component.html.Div history(ReportRow row) {
        List<ReportMoveRow> history = reporting.movesOf(row.id());
        Grid<ReportMoveRow> moves = PairingUi.grid(this);
        moves.addColumn(m -> m.compoundName() + " · " + m.gridName()).setHeader(getTranslation("pairing.report.grid")).setFlexGrow(2);
        moves.addColumn(m -> Formats.date(m.fromDate())).setHeader(getTranslation("pairing.report.history.from")).setAutoWidth(true);
        moves.addColumn(m -> Formats.date(m.toDate())).setHeader(getTranslation("pairing.report.history.to")).setAutoWidth(true);
        moves.setItems(history);
        moves.setHeight("140px");
        return new com.vaadin.flow.component.html.Div(
                new H4(getTranslation("pairing.report.history") + " · " + row.compoundName() + " " + row.gridName()), moves);
    }

    private ReportForm values() {
        return new ReportForm(kind.getValue(), name.getValue(), idNumber.getValue(), phone.getValue(),
                institution.getValue() == null ? null : institution.getValue().id(), skills.getValue(),
                grid.getValue() == null ? null : grid.getValue().id(), reportedOn.getValue());
    }

    /** Moves the person to the chosen grid on the chosen day; the service checks both. */
    void move() {
        ReportRow row = java.util.Objects.requireNonNull(existing);
        RuleViolations.clear(fields());
        try {
            reporting.move(row.id(), row.version(), grid.getValue() == null ? null : grid.getValue().id(),
                    reportedOn.getValue());
            Notifications.success(getTranslation("pairing.report.moved", row.name()));
            close();
            onSaved.run();
        } catch (RuleViolationException e) {
            RuleViolations.show(e, fields());
        }
    }

    void confirmWithdraw() {
        ReportRow row = java.util.Objects.requireNonNull(existing);
        Confirm.ask(getTranslation("pairing.report.withdraw.title", row.name()),
                getTranslation("pairing.report.withdraw.text"), getTranslation("pairing.report.withdraw"), () -> {
                    if (PairingUi.attempt(() -> reporting.withdraw(row.id(), row.version()))) {
                        Notifications.success(getTranslation("pairing.report.withdrawn", row.name()));
                        close();
                        onSaved.run();
                    }
                });
    }
}
