package cn.haitang.console.governance.ui;

import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.governance.CompanyOption;
import cn.haitang.console.governance.DisputeFilter;
import cn.haitang.console.governance.DisputeForm;
import cn.haitang.console.governance.DisputeRow;
import cn.haitang.console.governance.DisputeSeverity;
import cn.haitang.console.governance.DisputeState;
import cn.haitang.console.governance.FeeForm;
import cn.haitang.console.governance.FeeRow;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.governance.ServiceTermRow;
import cn.haitang.console.governance.SurveyForm;
import cn.haitang.console.governance.SurveyRow;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The property tab of a compound: the serving company and its history, surveys, fees and disputes. */
class PropertyPanel extends VerticalLayout {

    private final GovernanceService governance;
    private final long compoundId;
    final Paragraph currentCompany = new Paragraph();
    final Grid<ServiceTermRow> serviceGrid = new Grid<>();
    final Grid<SurveyRow> surveyGrid = new Grid<>();
    final Grid<FeeRow> feeGrid = new Grid<>();
    final Grid<DisputeRow> disputeGrid = new Grid<>();

    PropertyPanel(GovernanceService governance, long compoundId) {
        this.governance = governance;
        this.compoundId = compoundId;
        setPadding(false);
        currentCompany.setId("gov-current-company");

        serviceGrid.addColumn(ServiceTermRow::companyName).setHeader(getTranslation("gov.service.company")).setFlexGrow(1);
        serviceGrid.addColumn(s -> Formats.date(s.since())).setHeader(getTranslation("gov.service.since")).setAutoWidth(true);
        serviceGrid.addColumn(s -> Formats.date(s.until())).setHeader(getTranslation("gov.service.until")).setAutoWidth(true);
        compact(serviceGrid);

        surveyGrid.addColumn(s -> Formats.date(s.surveyDate())).setHeader(getTranslation("gov.survey.date")).setAutoWidth(true);
        surveyGrid.addColumn(SurveyRow::sampleSize).setHeader(getTranslation("gov.survey.sample")).setAutoWidth(true);
        surveyGrid.addColumn(SurveyRow::satisfied).setHeader(getTranslation("gov.survey.satisfied")).setAutoWidth(true);
        surveyGrid.addColumn(s -> GovUi.percent(s.rate())).setKey("rate").setHeader(getTranslation("gov.survey.rate")).setAutoWidth(true);
        surveyGrid.addComponentColumn(s -> GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(s)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        compact(surveyGrid);

        feeGrid.addColumn(f -> Formats.date(f.periodStart())).setHeader(getTranslation("gov.fee.periodStart")).setAutoWidth(true);
        feeGrid.addColumn(f -> Formats.date(f.periodEnd())).setHeader(getTranslation("gov.fee.periodEnd")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.yuan(f.due())).setHeader(getTranslation("gov.fee.due")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.yuan(f.collected())).setHeader(getTranslation("gov.fee.collected")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.percent(f.rate())).setHeader(getTranslation("gov.fee.rate")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.yuan(f.arrears())).setHeader(getTranslation("gov.fee.arrears")).setAutoWidth(true);
        feeGrid.addComponentColumn(f -> {
            HorizontalLayout actions = new HorizontalLayout(
                    GovUi.iconButton(this, VaadinIcon.EDIT, "gov.fee.record", () -> openRecordDialog(f)),
                    GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(f)));
            actions.setSpacing(false);
            return actions;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        compact(feeGrid);

        disputeGrid.addColumn(DisputeRow::title).setHeader(getTranslation("gov.dispute.name")).setAutoWidth(true);
        disputeGrid.addComponentColumn(d -> GovUi.badge(getTranslation(d.severity().messageKey()),
                d.severity() == DisputeSeverity.SERIOUS ? "error" : "contrast"))
                .setHeader(getTranslation("gov.dispute.severity")).setAutoWidth(true);
        disputeGrid.addColumn(d -> getTranslation(d.fastTrack() ? "gov.yes" : "gov.no"))
                .setHeader(getTranslation("gov.dispute.fastTrack")).setAutoWidth(true);
        disputeGrid.addColumn(d -> getTranslation(d.state().messageKey())).setHeader(getTranslation("gov.dispute.state"))
                .setAutoWidth(true);
        disputeGrid.addColumn(d -> Formats.date(d.filedOn())).setHeader(getTranslation("gov.dispute.filedOn")).setAutoWidth(true);
        disputeGrid.addColumn(d -> Formats.date(d.closedOn())).setHeader(getTranslation("gov.dispute.closedOn")).setAutoWidth(true);
        disputeGrid.addColumn(d -> d.daysToClose() == null ? "" : d.daysToClose().toString())
                .setHeader(getTranslation("gov.dispute.days")).setAutoWidth(true);
        disputeGrid.addColumn(d -> d.outcome() == null ? "" : d.outcome()).setHeader(getTranslation("gov.dispute.outcome"))
                .setFlexGrow(1);
        disputeGrid.addComponentColumn(d -> {
            Button advance = GovUi.iconButton(this, VaadinIcon.ARROW_FORWARD, "gov.dispute.advance",
                    () -> openAdvanceDialog(d));
            advance.setVisible(d.state().isOpen());
            return advance;
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        compact(disputeGrid);

        add(section("gov.service.title", new Button(getTranslation("gov.service.assign"), VaadinIcon.EXCHANGE.create(),
                e -> openAssignDialog())), currentCompany, serviceGrid,
                section("gov.survey.title", new Button(getTranslation("gov.survey.add"), VaadinIcon.PLUS.create(),
                        e -> openSurveyDialog())), surveyGrid,
                section("gov.fee.title", new Button(getTranslation("gov.fee.add"), VaadinIcon.PLUS.create(),
                        e -> openFeeDialog())), feeGrid,
                section("gov.dispute.title", new Button(getTranslation("gov.dispute.file"), VaadinIcon.PLUS.create(),
                        e -> openDisputeDialog())), disputeGrid);
        setWidthFull();
        refresh();
    }

    private HorizontalLayout section(String titleKey, Component button) {
        HorizontalLayout bar = new HorizontalLayout(new H3(getTranslation(titleKey)), button);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return bar;
    }

    private void compact(Grid<?> grid) {
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
    }

    void refresh() {
        List<ServiceTermRow> history = governance.serviceHistory(compoundId);
        currentCompany.setText(history.stream().filter(s -> s.until() == null).findFirst()
                .map(s -> getTranslation("gov.service.current", s.companyName(), Formats.date(s.since())))
                .orElse(getTranslation("gov.service.none")));
        serviceGrid.setItems(history);
        surveyGrid.setItems(governance.surveys(compoundId));
        feeGrid.setItems(governance.fees(compoundId));
        disputeGrid.setItems(governance.disputes(new DisputeFilter(null, null, null, compoundId), PageRequest.of(0, 200)));
    }

    void confirmDelete(SurveyRow survey) {
        Confirm.ask(getTranslation("gov.survey.delete.title", Formats.date(survey.surveyDate())),
                getTranslation("gov.survey.delete.text"), getTranslation("gov.delete"),
                () -> run(() -> governance.deleteSurvey(survey.id(), survey.version()), getTranslation("gov.survey.deleted")));
    }

    void confirmDelete(FeeRow fee) {
        Confirm.ask(getTranslation("gov.fee.delete.title", Formats.date(fee.periodStart())),
                getTranslation("gov.fee.delete.text"), getTranslation("gov.delete"),
                () -> run(() -> governance.deleteFeePeriod(fee.id(), fee.version()), getTranslation("gov.fee.deleted")));
    }

    private void run(Runnable action, String done) {
        try {
            action.run();
            Notifications.success(done);
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
        }
        refresh();
    }

    AssignDialog openAssignDialog() {
        AssignDialog dialog = new AssignDialog();
        dialog.open();
        return dialog;
    }

    SurveyDialog openSurveyDialog() {
        SurveyDialog dialog = new SurveyDialog();
        dialog.open();
        return dialog;
    }

    FeeDialog openFeeDialog() {
        FeeDialog dialog = new FeeDialog();
        dialog.open();
        return dialog;
    }

    RecordDialog openRecordDialog(FeeRow fee) {
        RecordDialog dialog = new RecordDialog(fee);
        dialog.open();
        return dialog;
    }

    DisputeDialog openDisputeDialog() {
        DisputeDialog dialog = new DisputeDialog();
        dialog.open();
        return dialog;
    }

    AdvanceDialog openAdvanceDialog(DisputeRow dispute) {
        AdvanceDialog dialog = new AdvanceDialog(dispute);
        dialog.open();
        return dialog;
    }

    class AssignDialog extends FormDialog {
        final ComboBox<CompanyOption> company = new ComboBox<>(getTranslation("gov.service.company"));
        final DatePicker since = LocalizedFields.datePicker(this, "gov.service.since");

        AssignDialog() {
            super("gov.service.assign", false);
            company.setItems(governance.companyOptions());
            company.setItemLabelGenerator(CompanyOption::name);
            company.setRequiredIndicatorVisible(true);
            since.setRequiredIndicatorVisible(true);
            since.setValue(LocalDate.now());
            field("companyId", company);
            field("since", since);
            company.focus();
        }

        @Override
        void submit() {
            governance.assignCompany(compoundId, company.getValue() == null ? null : company.getValue().id(),
                    since.getValue());
            Notifications.success(getTranslation("gov.service.assigned", company.getValue().name()));
            refresh();
        }
    }

    class SurveyDialog extends FormDialog {
        final DatePicker surveyDate = LocalizedFields.datePicker(this, "gov.survey.date");
        final IntegerField sampleSize = new IntegerField(getTranslation("gov.survey.sample"));
        final IntegerField satisfied = new IntegerField(getTranslation("gov.survey.satisfied"));

        SurveyDialog() {
            super("gov.survey.add", false);
            surveyDate.setRequiredIndicatorVisible(true);
            surveyDate.setValue(LocalDate.now());
            sampleSize.setRequiredIndicatorVisible(true);
            satisfied.setRequiredIndicatorVisible(true);
            field("surveyDate", surveyDate);
            field("sampleSize", sampleSize);
            field("satisfied", satisfied);
            sampleSize.focus();
        }

        @Override
        void submit() {
            governance.addSurvey(compoundId, new SurveyForm(surveyDate.getValue(), sampleSize.getValue(),
                    satisfied.getValue()));
            Notifications.success(getTranslation("gov.survey.added"));
            refresh();
        }
    }

    class FeeDialog extends FormDialog {
        final DatePicker periodStart = LocalizedFields.datePicker(this, "gov.fee.periodStart");
        final DatePicker periodEnd = LocalizedFields.datePicker(this, "gov.fee.periodEnd");
        final BigDecimalField due = new BigDecimalField(getTranslation("gov.fee.due"));
        final BigDecimalField collected = new BigDecimalField(getTranslation("gov.fee.collected"));

        FeeDialog() {
            super("gov.fee.add", false);
            for (var f : List.of(periodStart, periodEnd)) {
                f.setRequiredIndicatorVisible(true);
            }
            due.setRequiredIndicatorVisible(true);
            collected.setRequiredIndicatorVisible(true);
            field("periodStart", periodStart);
            field("periodEnd", periodEnd);
            field("due", due);
            field("collected", collected);
            periodStart.focus();
        }

        @Override
        void submit() {
            governance.addFeePeriod(compoundId, new FeeForm(periodStart.getValue(), periodEnd.getValue(), due.getValue(),
                    collected.getValue()));
            Notifications.success(getTranslation("gov.fee.added"));
            refresh();
        }
    }

    class RecordDialog extends FormDialog {
        final BigDecimalField collected = new BigDecimalField(getTranslation("gov.fee.collected"));
        private final FeeRow fee;

        RecordDialog(FeeRow fee) {
            super("gov.fee.record", false);
            this.fee = fee;
            collected.setValue(fee.collected());
            collected.setHelperText(getTranslation("gov.fee.due") + " " + GovUi.yuan(fee.due()));
            field("collected", collected);
            collected.focus();
        }

        @Override
        void submit() {
            governance.recordCollected(fee.id(), fee.version(), collected.getValue());
            Notifications.success(getTranslation("gov.fee.recorded"));
            refresh();
        }
    }

    class DisputeDialog extends FormDialog {
        final TextField title = new TextField(getTranslation("gov.dispute.name"));
        final Select<DisputeSeverity> severity = new Select<>();
        final Checkbox fastTrack = new Checkbox(getTranslation("gov.dispute.fastTrack"));
        final DatePicker filedOn = LocalizedFields.datePicker(this, "gov.dispute.filedOn");

        DisputeDialog() {
            super("gov.dispute.file", false);
            title.setRequiredIndicatorVisible(true);
            title.setMaxLength(100);
            severity.setLabel(getTranslation("gov.dispute.severity"));
            severity.setItems(DisputeSeverity.values());
            severity.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            severity.setValue(DisputeSeverity.MINOR);
            filedOn.setRequiredIndicatorVisible(true);
            filedOn.setValue(LocalDate.now());
            field("title", title);
            field("severity", severity);
            field("filedOn", filedOn);
            form.add(fastTrack);
            title.focus();
        }

        @Override
        void submit() {
            governance.fileDispute(compoundId, new DisputeForm(title.getValue(), severity.getValue(),
                    fastTrack.getValue(), filedOn.getValue()));
            Notifications.success(getTranslation("gov.dispute.filed"));
            refresh();
        }
    }

    class AdvanceDialog extends FormDialog {
        final Select<DisputeState> state = new Select<>();
        final DatePicker on = LocalizedFields.datePicker(this, "gov.dispute.on");
        final TextArea outcome = new TextArea(getTranslation("gov.dispute.outcome"));
        private final DisputeRow dispute;

        AdvanceDialog(DisputeRow dispute) {
            super("gov.dispute.advance.title", true, dispute.title());
            this.dispute = dispute;
            state.setLabel(getTranslation("gov.dispute.next"));
            state.setItems(dispute.state().next().stream().toList());
            state.setItemLabelGenerator(s -> getTranslation(s.messageKey()));
            state.setRequiredIndicatorVisible(true);
            on.setRequiredIndicatorVisible(true);
            on.setValue(LocalDate.now());
            outcome.setMaxLength(500);
            field("state", state);
            field("on", on);
            field("outcome", outcome);
            form.setColspan(outcome, 2);
            state.focus();
        }

        @Override
        void submit() {
            governance.advanceDispute(dispute.id(), dispute.version(), state.getValue(), on.getValue(),
                    outcome.getValue());
            Notifications.success(getTranslation("gov.dispute.advanced", getTranslation(state.getValue().messageKey())));
            refresh();
        }
    }
}
