package cn.haitang.console.governance.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.ui.Confirm;
import cn.haitang.console.base.ui.FormDialog;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.governance.CompanyOption;
import cn.haitang.console.governance.DisputeFilter;
import cn.haitang.console.governance.DisputeForm;
import cn.haitang.console.governance.DisputeRow;
import cn.haitang.console.governance.DisputeService;
import cn.haitang.console.governance.DisputeSeverity;
import cn.haitang.console.governance.DisputeState;
import cn.haitang.console.governance.FeeForm;
import cn.haitang.console.governance.FeeRow;
import cn.haitang.console.governance.PropertyCompanyService;
import cn.haitang.console.governance.PropertyService;
import cn.haitang.console.governance.ServiceTermRow;
import cn.haitang.console.governance.SurveyForm;
import cn.haitang.console.governance.SurveyRow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;

/** The property tab of a compound: the serving company and its history, surveys, fees and disputes. */
class PropertyPanel extends VerticalLayout {

    private final PropertyService property;
    private final PropertyCompanyService companies;
    private final DisputeService disputes;
    private final Clock clock;
    private final long compoundId;
    final Paragraph currentCompany = new Paragraph();
    final Grid<ServiceTermRow> serviceGrid = new Grid<>();
    final Grid<SurveyRow> surveyGrid = new Grid<>();
    final Grid<FeeRow> feeGrid = new Grid<>();
    final Grid<DisputeRow> disputeGrid = new Grid<>();

    PropertyPanel(PropertyService property, PropertyCompanyService companies, DisputeService disputes, Clock clock,
                  long compoundId) {
        this.property = property;
        this.companies = companies;
        this.disputes = disputes;
        this.clock = clock;
        this.compoundId = compoundId;
        setPadding(false);
        currentCompany.setId("gov-current-company");

        serviceGrid.addColumn(ServiceTermRow::companyName).setHeader(getTranslation("gov.service.company")).setFlexGrow(1);
        serviceGrid.addColumn(s -> Formats.date(s.since())).setHeader(getTranslation("gov.service.since")).setAutoWidth(true);
        serviceGrid.addColumn(s -> Formats.date(s.until())).setHeader(getTranslation("gov.service.until")).setAutoWidth(true);
        GovUi.compact(serviceGrid);

        surveyGrid.addColumn(s -> Formats.date(s.surveyDate())).setHeader(getTranslation("gov.survey.date")).setAutoWidth(true);
        surveyGrid.addColumn(SurveyRow::sampleSize).setHeader(getTranslation("gov.survey.sample")).setAutoWidth(true);
        surveyGrid.addColumn(SurveyRow::satisfied).setHeader(getTranslation("gov.survey.satisfied")).setAutoWidth(true);
        surveyGrid.addColumn(s -> GovUi.percent(s.rate())).setKey("rate").setHeader(getTranslation("gov.survey.rate"))
                .setAutoWidth(true);
        surveyGrid.addComponentColumn(s -> GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(s)))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        GovUi.compact(surveyGrid);

        feeGrid.addColumn(f -> Formats.date(f.periodStart())).setHeader(getTranslation("gov.fee.periodStart")).setAutoWidth(true);
        feeGrid.addColumn(f -> Formats.date(f.periodEnd())).setHeader(getTranslation("gov.fee.periodEnd")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.yuan(f.due())).setHeader(getTranslation("gov.fee.due")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.yuan(f.collected())).setHeader(getTranslation("gov.fee.collected")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.percent(f.rate())).setHeader(getTranslation("gov.fee.rate")).setAutoWidth(true);
        feeGrid.addColumn(f -> GovUi.yuan(f.arrears())).setHeader(getTranslation("gov.fee.arrears")).setAutoWidth(true);
        feeGrid.addComponentColumn(this::feeActions)
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        PhoneGrid.cards(feeGrid, feeGrid.addComponentColumn(f -> PhoneGrid.card(
                Formats.date(f.periodStart()) + " ~ " + Formats.date(f.periodEnd()),
                getTranslation("gov.fee.rate") + " " + GovUi.percent(f.rate()) + " · " + getTranslation("gov.fee.collected")
                        + " " + GovUi.yuan(f.collected()) + " / " + GovUi.yuan(f.due()),
                getTranslation("gov.fee.arrears") + " " + GovUi.yuan(f.arrears()), feeActions(f)))
                .setHeader(getTranslation("gov.fee.periodStart")));
        GovUi.compact(feeGrid);

        disputeGrid.addColumn(DisputeRow::title).setHeader(getTranslation("gov.dispute.name")).setAutoWidth(true);
        disputeGrid.addComponentColumn(d -> DisputesView.severityBadge(this, d))
                .setHeader(getTranslation("gov.dispute.severity")).setAutoWidth(true);
        disputeGrid.addColumn(d -> GovUi.yesNo(this, d.fastTrack())).setHeader(getTranslation("gov.dispute.fastTrack"))
                .setAutoWidth(true);
        disputeGrid.addColumn(d -> getTranslation(d.state().messageKey())).setHeader(getTranslation("gov.dispute.state"))
                .setAutoWidth(true);
        disputeGrid.addColumn(d -> Formats.date(d.filedOn())).setHeader(getTranslation("gov.dispute.filedOn")).setAutoWidth(true);
        disputeGrid.addColumn(d -> Formats.date(d.closedOn())).setHeader(getTranslation("gov.dispute.closedOn")).setAutoWidth(true);
        disputeGrid.addColumn(d -> d.daysToClose() == null ? "" : d.daysToClose().toString())
                .setHeader(getTranslation("gov.dispute.days")).setAutoWidth(true);
        disputeGrid.addColumn(d -> d.outcome() == null ? "" : d.outcome()).setHeader(getTranslation("gov.dispute.outcome"))
                .setFlexGrow(1);
        disputeGrid.addComponentColumn(this::advanceButton).setHeader(getTranslation("common.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        PhoneGrid.cards(disputeGrid, disputeGrid.addComponentColumn(d -> PhoneGrid.card(d.title(),
                new Object[] {DisputesView.severityBadge(this, d), getTranslation(d.state().messageKey()),
                        d.fastTrack() ? getTranslation("gov.dispute.fastTrack") : null},
                getTranslation("gov.dispute.filedOn") + " " + Formats.date(d.filedOn())
                        + (d.closedOn() == null ? "" : " · " + getTranslation("gov.dispute.closedOn") + " " + Formats.date(d.closedOn())),
                d.outcome(), advanceButton(d))).setHeader(getTranslation("gov.dispute.name")));
        GovUi.compact(disputeGrid);

        add(GovUi.section("gov.service.title", GovUi.secondary(this, VaadinIcon.EXCHANGE, "gov.service.assign",
                        this::openAssignDialog)), currentCompany, serviceGrid,
                GovUi.section("gov.survey.title", GovUi.secondary(this, VaadinIcon.PLUS, "gov.survey.add",
                        this::openSurveyDialog)), surveyGrid,
                GovUi.section("gov.fee.title", GovUi.secondary(this, VaadinIcon.PLUS, "gov.fee.add", this::openFeeDialog)),
                feeGrid,
                GovUi.section("gov.dispute.title", GovUi.secondary(this, VaadinIcon.PLUS, "gov.dispute.file",
                        this::openDisputeDialog)), disputeGrid);
        setWidthFull();
        refresh();
    }

    private com.vaadin.flow.component.Component feeActions(FeeRow f) {
        return GovUi.actions(GovUi.iconButton(this, VaadinIcon.EDIT, "gov.fee.record", () -> openRecordDialog(f)),
                GovUi.iconButton(this, VaadinIcon.TRASH, "gov.delete", () -> confirmDelete(f)));
    }

    private Button advanceButton(DisputeRow d) {
        Button advance = GovUi.iconButton(this, VaadinIcon.ARROW_FORWARD, "gov.dispute.advance", () -> openAdvanceDialog(d));
        advance.setVisible(d.state().isOpen());
        return advance;
    }

    void refresh() {
        List<ServiceTermRow> history = property.serviceHistory(compoundId);
        currentCompany.setText(history.stream().filter(s -> s.until() == null).findFirst()
                .map(s -> getTranslation("gov.service.current", s.companyName(), Formats.date(s.since())))
                .orElse(getTranslation("gov.service.none")));
        serviceGrid.setItems(history);
        surveyGrid.setItems(property.surveys(compoundId));
        feeGrid.setItems(property.fees(compoundId));
        disputeGrid.setItems(disputes.disputes(DisputeFilter.ofCompound(compoundId), PageRequest.of(0, 200)));
    }

    void confirmDelete(SurveyRow survey) {
        Confirm.ask(getTranslation("gov.survey.delete.title", Formats.date(survey.surveyDate())),
                getTranslation("gov.survey.delete.text"), getTranslation("gov.delete"),
                () -> GovUi.run(() -> property.deleteSurvey(survey.id(), survey.version()),
                        getTranslation("gov.survey.deleted"), this::refresh));
    }

    void confirmDelete(FeeRow fee) {
        Confirm.ask(getTranslation("gov.fee.delete.title", Formats.date(fee.periodStart())),
                getTranslation("gov.fee.delete.text"), getTranslation("gov.delete"),
                () -> GovUi.run(() -> property.deleteFeePeriod(fee.id(), fee.version()),
                        getTranslation("gov.fee.deleted"), this::refresh));
    }

    AssignDialog openAssignDialog() {
        return GovUi.open(new AssignDialog());
    }

    SurveyDialog openSurveyDialog() {
        return GovUi.open(new SurveyDialog());
    }

    FeeDialog openFeeDialog() {
        return GovUi.open(new FeeDialog());
    }

    RecordDialog openRecordDialog(FeeRow fee) {
        return GovUi.open(new RecordDialog(fee));
    }

    DisputeDialog openDisputeDialog() {
        return GovUi.open(new DisputeDialog());
    }

    AdvanceDialog openAdvanceDialog(DisputeRow dispute) {
        return GovUi.open(new AdvanceDialog(dispute));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A date something happened, up to today and from {@code earliest}; today to start with. */
    private DatePicker pastDate(FormDialog dialog, String name, String labelKey, LocalDate earliest) {
        DatePicker date = dialog.date(name, labelKey, earliest, today(), FormDialog.Need.REQUIRED);
        date.setValue(today());
        return date;
    }

    /** An amount in yuan, at most two decimals, as the fee columns hold it. */
    private static BigDecimalField yuan(FormDialog dialog, String name, String labelKey) {
        return dialog.decimal(name, labelKey, BigDecimal.ZERO, PropertyService.MAX_AMOUNT, 2, FormDialog.Need.REQUIRED);
    }

    class AssignDialog extends FormDialog {
        final ComboBox<CompanyOption> company = combo("companyId", "gov.service.company", companies.companyOptions(),
                CompanyOption::name, Need.REQUIRED);
        final DatePicker since = pastDate(this, "since", "gov.service.since", PropertyService.EARLIEST_SERVICE);

        AssignDialog() {
            super(GovUi.t("gov.service.assign"));
            company.focus();
            onSave(() -> {
                CompanyOption chosen = company.getValue();
                property.assignCompany(compoundId, chosen == null ? null : chosen.id(), since.getValue());
                return getTranslation("gov.service.assigned", chosen == null ? "" : chosen.name());
            }, PropertyPanel.this::refresh);
        }
    }

    class SurveyDialog extends FormDialog {
        final DatePicker surveyDate = pastDate(this, "surveyDate", "gov.survey.date", FieldChecks.EARLIEST_RECORD);
        final IntegerField sampleSize = integer("sampleSize", "gov.survey.sample", 1, PropertyService.MAX_SAMPLE,
                Need.REQUIRED);
        final IntegerField satisfied = integer("satisfied", "gov.survey.satisfied", 0, PropertyService.MAX_SAMPLE,
                Need.REQUIRED);

        SurveyDialog() {
            super(GovUi.t("gov.survey.add"));
            sampleSize.focus();
            onSave(() -> {
                property.addSurvey(compoundId, new SurveyForm(surveyDate.getValue(), sampleSize.getValue(),
                        satisfied.getValue()));
                return getTranslation("gov.survey.added");
            }, PropertyPanel.this::refresh);
        }
    }

    class FeeDialog extends FormDialog {
        final DatePicker periodStart = date("periodStart", "gov.fee.periodStart", FieldChecks.EARLIEST_RECORD,
                PropertyService.latestFeeStart(today()), Need.REQUIRED);
        final DatePicker periodEnd = date("periodEnd", "gov.fee.periodEnd", FieldChecks.EARLIEST_RECORD,
                PropertyService.latestFeeEnd(today()), Need.REQUIRED);
        final BigDecimalField due = yuan(this, "due", "gov.fee.due");
        final BigDecimalField collected = yuan(this, "collected", "gov.fee.collected");

        FeeDialog() {
            super(GovUi.t("gov.fee.add"));
            periodStart.focus();
            onSave(() -> {
                property.addFeePeriod(compoundId, new FeeForm(periodStart.getValue(), periodEnd.getValue(),
                        due.getValue(), collected.getValue()));
                return getTranslation("gov.fee.added");
            }, PropertyPanel.this::refresh);
        }
    }

    class RecordDialog extends FormDialog {
        final BigDecimalField collected = yuan(this, "collected", "gov.fee.collected");

        RecordDialog(FeeRow fee) {
            super(GovUi.t("gov.fee.record"));
            collected.setValue(fee.collected());
            collected.setHelperText(getTranslation("gov.fee.due") + " " + GovUi.yuan(fee.due()));
            collected.focus();
            onSave(() -> {
                property.recordCollected(fee.id(), fee.version(), collected.getValue());
                return getTranslation("gov.fee.recorded");
            }, PropertyPanel.this::refresh);
        }
    }

    class DisputeDialog extends FormDialog {
        final TextField title = text("title", "gov.dispute.name", 100, Need.REQUIRED);
        final Select<DisputeSeverity> severity = select("severity", "gov.dispute.severity",
                List.of(DisputeSeverity.values()), s -> getTranslation(s.messageKey()), Need.REQUIRED);
        final DatePicker filedOn = pastDate(this, "filedOn", "gov.dispute.filedOn", FieldChecks.EARLIEST_RECORD);
        final Checkbox fastTrack = checkbox("gov.dispute.fastTrack");

        DisputeDialog() {
            super(GovUi.t("gov.dispute.file"));
            severity.setValue(DisputeSeverity.MINOR);
            title.focus();
            onSave(() -> {
                disputes.fileDispute(compoundId, new DisputeForm(title.getValue(), severity.getValue(),
                        fastTrack.getValue(), filedOn.getValue()));
                return getTranslation("gov.dispute.filed");
            }, PropertyPanel.this::refresh);
        }
    }

    class AdvanceDialog extends FormDialog {
        final Select<DisputeState> state;
        final DatePicker on = pastDate(this, "on", "gov.dispute.on", FieldChecks.EARLIEST_RECORD);
        final TextArea outcome = textArea("outcome", "gov.dispute.outcome", 500, Need.OPTIONAL);

        AdvanceDialog(DisputeRow dispute) {
            super(GovUi.t("gov.dispute.advance.title", dispute.title()));
            state = select("state", "gov.dispute.next", List.copyOf(dispute.state().next()),
                    s -> getTranslation(s.messageKey()), Need.REQUIRED);
            form().addComponentAsFirst(state);
            state.focus();
            onSave(() -> {
                DisputeState next = state.getValue();
                disputes.advanceDispute(dispute.id(), dispute.version(), next, on.getValue(), outcome.getValue());
                return getTranslation("gov.dispute.advanced", next == null ? "" : getTranslation(next.messageKey()));
            }, PropertyPanel.this::refresh);
        }
    }
}
