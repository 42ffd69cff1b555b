package cn.haitang.console.funds.ui;

import cn.haitang.console.base.FieldChecks;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.LocalizedFields;
import cn.haitang.console.funds.Disclosure;
import cn.haitang.console.funds.DisclosureLine;
import cn.haitang.console.funds.DisclosureService;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The public disclosure (资金公示) of a fund for a period, as a page to print (no navigation around it: the
 * printed sheet is the page) and as an Excel sheet. Anonymous donors are shown as such.
 */
@Route(value = "funds/disclosure", autoLayout = false)
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
class DisclosureView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private static final String PRINT_CSS = """
            <style>
            .ht-disclosure { max-width: 960px; margin: 0 auto; padding: 24px 16px; font-size: 14px; }
            .ht-disclosure table { width: 100%; border-collapse: collapse; }
            .ht-disclosure th, .ht-disclosure td { border: 1px solid #999; padding: 4px 6px; vertical-align: top; }
            .ht-disclosure td.num { text-align: right; white-space: nowrap; }
            .ht-disclosure h1 { text-align: center; font-size: 22px; }
            .ht-disclosure-tools { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin-bottom: 12px; }
            .ht-disclosure-scroll { overflow-x: auto; }
            @media print { .ht-disclosure-tools { display: none; } .ht-disclosure { padding: 0; } }
            </style>""";

    private final DisclosureService disclosures;
    private final Clock clock;
    private long fundId;
    private @Nullable Disclosure disclosure;
    final DatePicker from;
    final DatePicker to;
    final Button print = new Button();
    final Div sheet = new Div();
    final Div tools = new Div();

    DisclosureView(DisclosureService disclosures, Clock clock) {
        this.disclosures = disclosures;
        this.clock = clock;
        addClassName("ht-disclosure");
        from = LocalizedFields.datePicker(this, "funds.disclosure.from");
        to = LocalizedFields.datePicker(this, "funds.disclosure.to");
        LocalDate today = LocalDate.now(clock);
        from.setMin(FieldChecks.EARLIEST_RECORD);
        from.setMax(today);
        to.setMax(today);
        from.setValue(today.withDayOfYear(1));
        to.setValue(today);
        from.addValueChangeListener(e -> show());
        to.addValueChangeListener(e -> show());
        print.setText(getTranslation("funds.disclosure.print"));
        print.setIcon(VaadinIcon.PRINT.create());
        print.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        print.addClickListener(e -> UI.getCurrent().getPage().executeJs("window.print()"));
        tools.addClassName("ht-disclosure-tools");
        sheet.addClassName("ht-disclosure-sheet");
        add(new Html(PRINT_CSS), tools, sheet);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        this.fundId = id;
        tools.removeAll();
        Locale locale = UI.getCurrent() == null ? Locale.SIMPLIFIED_CHINESE : UI.getCurrent().getLocale();
        tools.add(new RouterLink(getTranslation("funds.disclosure.back"), FundLedgerView.class, id), from, to, print,
                Downloads.excel(this, "disclosure-" + id + "-" + LocalDate.now(clock) + ".xlsx",
                        out -> disclosures.exportDisclosure(fundId, from.getValue(), to.getValue(), out, locale)));
        show();
    }

    void show() {
        if (fundId == 0 || from.getValue() == null || to.getValue() == null) {
            return;
        }
        Disclosure d;
        try {
            d = disclosures.disclosure(fundId, from.getValue(), to.getValue());
        } catch (cn.haitang.console.base.RuleViolationException e) {
            to.setInvalid(true);
            to.setErrorMessage(cn.haitang.console.base.ui.RuleViolations.message(e));
            return;
        }
        to.setInvalid(false);
        disclosure = d;
        sheet.removeAll();
        sheet.add(new H1(getTranslation("funds.disclosure.title", d.fund().name())));
        sheet.add(new Paragraph(getTranslation("funds.disclosure.header", d.fund().custodian(), d.fund().bankAccount(),
                Formats.date(d.from()), Formats.date(d.to()))));
        NativeTable summary = new NativeTable();
        NativeTableBody summaryBody = new NativeTableBody();
        summaryBody.add(row(th("funds.disclosure.opening"), num(d.opening()), th("funds.disclosure.income"), num(d.income())),
                row(th("funds.disclosure.spending"), num(d.spending()), th("funds.disclosure.closing"), num(d.closing())));
        summary.add(summaryBody);
        summary.setId("disclosure-summary");
        NativeTable lines = new NativeTable();
        lines.setId("disclosure-lines");
        NativeTableBody body = new NativeTableBody();
        body.add(row(th("funds.movement.date"), th("funds.movement.kind"), th("funds.movement.income"),
                th("funds.movement.spending"), th("funds.movement.counterparty"), th("funds.movement.purpose"),
                th("funds.movement.project")));
        for (DisclosureLine l : d.lines()) {
            BigDecimal signed = l.incoming() ? l.amount() : l.amount().negate();
            body.add(row(td(Formats.date(l.movedOn())),
                    td(getTranslation("funds.kind." + l.kind()) + (l.reversal() ? getTranslation("funds.movement.reversalMark") : "")),
                    l.kind().isIncome() ? num(signed) : td(""), l.kind().isIncome() ? td("") : num(signed.negate()),
                    td(l.counterparty().isEmpty() ? getTranslation("funds.anonymousDonor") : l.counterparty()),
                    td(l.purpose()), td(l.projectTitle() == null ? "" : l.projectTitle())));
        }
        lines.add(body);
        Div scroll = new Div(lines);
        scroll.addClassName("ht-disclosure-scroll");
        sheet.add(summary, new Paragraph(getTranslation("funds.disclosure.count", d.lines().size())), scroll,
                new Paragraph(getTranslation("funds.disclosure.signature", Formats.date(LocalDate.now(clock)))));
    }

    private static NativeTableRow row(com.vaadin.flow.component.Component... cells) {
        NativeTableRow row = new NativeTableRow();
        row.add(cells);
        return row;
    }

    private NativeTableHeaderCell th(String key) {
        return new NativeTableHeaderCell(getTranslation(key));
    }

    private static NativeTableCell td(String text) {
        return new NativeTableCell(text);
    }

    private static NativeTableCell num(BigDecimal amount) {
        NativeTableCell cell = new NativeTableCell(FundsUi.money(amount));
        cell.addClassName("num");
        return cell;
    }

    @Nullable Disclosure disclosure() {
        return disclosure;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("funds.disclosure.sheet") + " · " + getTranslation("app.name");
    }
}
