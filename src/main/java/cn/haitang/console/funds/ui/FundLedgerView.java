package cn.haitang.console.funds.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.funds.AmountLine;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.FundService;
import cn.haitang.console.funds.FundsExport;
import cn.haitang.console.funds.LedgerService;
import cn.haitang.console.funds.MovementFilter;
import cn.haitang.console.funds.MovementImportService;
import cn.haitang.console.funds.MovementKind;
import cn.haitang.console.funds.MovementRow;
import cn.haitang.console.funds.MovementStatus;
import cn.haitang.console.funds.ProposalService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A fund's ledger: its balance, income and spending, the movements (lazy, newest first, filtered by kind,
 * status and text), recording a movement, each movement's vouchers and approval or reversal, the last 12
 * months and the breakdown by kind, and the link to its disclosure.
 */
@Route("funds/ledger")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
class FundLedgerView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    private final FundService funds;
    private final LedgerService ledger;
    private final ProposalService proposals;
    private final Clock clock;
    private @Nullable FundRow fund;
    final Select<MovementKind> kind = new Select<>();
    final Select<MovementStatus> status = new Select<>();
    final TextField search = new TextField();
    final Grid<MovementRow> grid;
    final Grid<AmountLine> months;
    final Grid<AmountLine> kinds;
    final Button record = new Button();
    final Button importMovements = new Button();
    private final MovementImportService imports;
    final Button disclosure = new Button();
    final Div figures = new Div();
    final Span readOnly = new Span();
    private boolean writable;
    private final FundsExport export;

    FundLedgerView(FundService funds, LedgerService ledger, ProposalService proposals, MovementImportService imports,
                   FundsExport export, AreaDirectory directory, Clock clock) {
        this.export = export;
        this.imports = imports;
        this.funds = funds;
        this.ledger = ledger;
        this.proposals = proposals;
        this.clock = clock;
        addClassName("ht-view");
        FundsUi.anyOf(kind, this, "funds.movement.kind", "funds.allKinds", List.of(MovementKind.values()),
                k -> getTranslation("funds.kind." + k), this::refresh);
        FundsUi.anyOf(status, this, "funds.movement.status", "funds.allStatuses", List.of(MovementStatus.values()),
                s -> getTranslation("funds.status." + s), this::refresh);
        search.setLabel(getTranslation("funds.movement.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        record.setText(getTranslation("funds.movement.new"));
        record.setIcon(VaadinIcon.PLUS.create());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.addClickListener(e -> openForm());
        importMovements.setText(getTranslation("funds.import.open"));
        importMovements.setIcon(VaadinIcon.UPLOAD.create());
        importMovements.addClickListener(e -> openImport());
        disclosure.setText(getTranslation("funds.disclosure.open"));
        disclosure.setIcon(VaadinIcon.PRINT.create());
        disclosure.addClickListener(e -> getUI().ifPresent(ui -> ui.navigate(DisclosureView.class,
                java.util.Objects.requireNonNull(fund).id())));

        grid = FundsUi.grid(this);
        grid.addColumn(m -> Formats.date(m.movedOn())).setHeader(getTranslation("funds.movement.date")).setAutoWidth(true);
        grid.addComponentColumn(this::kindCell).setHeader(getTranslation("funds.movement.kind")).setAutoWidth(true);
        grid.addColumn(m -> FundsUi.money(m.signedAmount())).setHeader(getTranslation("funds.movement.amount"))
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(this::counterpartyCell).setHeader(getTranslation("funds.movement.counterparty")).setAutoWidth(true);
        grid.addColumn(MovementRow::purpose).setHeader(getTranslation("funds.movement.purpose")).setFlexGrow(2);
        grid.addColumn(Badges.renderer(m -> FundsUi.statusBadge(this, m.status()))).setHeader(getTranslation("funds.movement.status"))
                .setAutoWidth(true);
        grid.addColumn(MovementRow::vouchers).setHeader(getTranslation("funds.movement.vouchers")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(m -> PhoneGrid.card(FundsUi.money(m.signedAmount()) + " · " + m.purpose(),
                new Object[] {kindCell(m), FundsUi.statusBadge(this, m.status()), Formats.date(m.movedOn())},
                new Object[] {counterpartyCell(m)},
                getTranslation("funds.movement.vouchers") + " " + m.vouchers()))
                .setHeader(getTranslation("funds.movement.purpose")));
        grid.addItemClickListener(e -> openMovement(e.getItem()));
        grid.setMinHeight("320px");

        months = FundsUi.grid(this);
        months.addColumn(AmountLine::key).setHeader(getTranslation("funds.statement.month"));
        months.addColumn(l -> FundsUi.money(l.income())).setHeader(getTranslation("funds.statement.income")).setTextAlign(ColumnTextAlign.END);
        months.addColumn(l -> FundsUi.money(l.spending())).setHeader(getTranslation("funds.statement.spending")).setTextAlign(ColumnTextAlign.END);
        months.setAllRowsVisible(true);
        kinds = FundsUi.grid(this);
        kinds.addColumn(l -> getTranslation("funds.kind." + l.key())).setHeader(getTranslation("funds.movement.kind"));
        kinds.addColumn(l -> FundsUi.money(l.income())).setHeader(getTranslation("funds.statement.income")).setTextAlign(ColumnTextAlign.END);
        kinds.addColumn(l -> FundsUi.money(l.spending())).setHeader(getTranslation("funds.statement.spending")).setTextAlign(ColumnTextAlign.END);
        kinds.setAllRowsVisible(true);
    }

    @Override
    public void setParameter(BeforeEvent event, Long fundId) {
        fund = funds.fund(fundId);
        writable = funds.writable(fundId);
        record.setVisible(writable);
        importMovements.setVisible(writable);
        readOnly.setText(getTranslation("funds.movement.readOnly"));
        readOnly.setVisible(!writable);
        removeAll();
        add(new ViewToolbar(fund.name(), new PhoneFilters(ViewToolbar.group(kind, status, search)),
                ViewToolbar.group(Downloads.listExport(this, fund.name(), clock,
                        (out, locale) -> export.ledger(fundId, filter(), out, locale)), disclosure, importMovements, record)),
                readOnly, figures, grid);
        Div statements = new Div(new Div(new H3(getTranslation("funds.statement.monthly")), months),
                new Div(new H3(getTranslation("funds.statement.byKind")), kinds));
        statements.getStyle().set("display", "grid").set("grid-template-columns", "repeat(auto-fit, minmax(300px, 1fr))")
                .set("gap", "var(--lumo-space-m)");
        add(statements);
        refresh();
    }

    MovementFilter filter() {
        return new MovementFilter(kind.getValue(), status.getValue(), null, null, search.getValue());
    }

    void refresh() {
        if (fund == null) {
            return;
        }
        long id = fund.id();
        fund = funds.fund(id);
        figures.removeAll();
        figures.add(FundsUi.cards(FundsUi.card("fund-balance", getTranslation("funds.fund.balance"), FundsUi.money(fund.balance())),
                FundsUi.card("fund-income", getTranslation("funds.fund.income"), FundsUi.money(fund.income())),
                FundsUi.card("fund-spending", getTranslation("funds.fund.spending"), FundsUi.money(fund.spending())),
                FundsUi.card("fund-threshold", getTranslation("funds.fund.threshold"), FundsUi.money(fund.approvalThreshold())),
                FundsUi.card("fund-pending", getTranslation("funds.fund.pending"), String.valueOf(fund.pending()))));
        MovementFilter filter = filter();
        grid.setItems(q -> ledger.movements(id, filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) ledger.countMovements(id, filter));
        LocalDate today = LocalDate.now(clock);
        months.setItems(funds.monthly(id, today.minusMonths(11).withDayOfMonth(1), today));
        kinds.setItems(funds.byKind(id, fund.openedOn(), today));
    }

    private Span kindCell(MovementRow m) {
        Span kindText = new Span(getTranslation("funds.kind." + m.kind()));
        if (m.reversesId() != null) {
            kindText.add(new Span(" "), Badges.badge(getTranslation("funds.movement.reversal"), Badges.Tone.CONTRAST));
        } else if (m.reversedById() != null) {
            kindText.add(new Span(" "), Badges.badge(getTranslation("funds.movement.reversed"), Badges.Tone.CONTRAST));
        }
        return kindText;
    }

    private Span counterpartyCell(MovementRow m) {
        Span who = new Span(m.counterparty());
        if (m.anonymous()) {
            who.add(new Span(" "), Badges.badge(getTranslation("funds.movement.anonymous"), Badges.Tone.NEUTRAL));
        }
        return who;
    }

    MovementFormDialog openForm() {
        FundRow f = java.util.Objects.requireNonNull(fund);
        MovementFormDialog dialog = new MovementFormDialog(ledger, funds, proposals, f, LocalDate.now(clock), this::refresh);
        dialog.open();
        return dialog;
    }

    MovementImportDialog openImport() {
        MovementImportDialog dialog = new MovementImportDialog(imports, java.util.Objects.requireNonNull(fund), this::refresh);
        dialog.open();
        return dialog;
    }

    MovementDialog openMovement(MovementRow row) {
        MovementDialog dialog = new MovementDialog(ledger, ledger.movement(row.id()), writable, this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return (fund == null ? getTranslation("nav.funds.funds") : fund.name()) + " · " + getTranslation("app.name");
    }
}
