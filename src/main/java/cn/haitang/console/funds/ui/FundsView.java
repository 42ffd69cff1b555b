package cn.haitang.console.funds.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.funds.FundFilter;
import cn.haitang.console.funds.FundKind;
import cn.haitang.console.funds.FundRow;
import cn.haitang.console.funds.FundService;
import cn.haitang.console.funds.FundsExport;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The funds: the city's special fund (admins) and the community funds of the caller's area, with balances. */
@Route("funds")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 60, icon = "vaadin:piggy-bank-coin", title = "nav.funds.funds")
class FundsView extends Main implements HasDynamicTitle {

    private final FundService funds;
    private final AreaDirectory directory;
    private final Clock clock;
    private final AreaFilter areas;
    final Select<FundKind> kind = new Select<>();
    final TextField search = new TextField();
    final Grid<FundRow> grid;
    final PhoneGrid phoneGrid;
    final Button open = new Button();

    FundsView(FundService funds, FundsExport export, AreaDirectory directory, CurrentUser currentUser, Clock clock) {
        this.funds = funds;
        this.directory = directory;
        this.clock = clock;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        FundsUi.anyOf(kind, this, "funds.fund.kind", "funds.allKinds", List.of(FundKind.values()),
                k -> getTranslation("funds.fundKind." + k), this::refresh);
        kind.setVisible(currentUser.scope().isAdmin());
        search.setLabel(getTranslation("funds.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        open.setText(getTranslation("funds.fund.open"));
        open.setIcon(VaadinIcon.PLUS.create());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.addClickListener(e -> openForm(null));

        grid = FundsUi.grid(this);
        grid.addColumn(FundRow::name).setHeader(getTranslation("funds.fund.name")).setSortProperty("name").setFlexGrow(2);
        grid.addColumn(f -> f.townName() == null ? getTranslation("funds.fundKind.CITY") : f.townName())
                .setHeader(getTranslation("funds.town")).setSortProperty("town").setAutoWidth(true);
        grid.addColumn(f -> FundsUi.money(f.balance())).setHeader(getTranslation("funds.fund.balance"))
                .setSortProperty("balance").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> FundsUi.money(f.income())).setHeader(getTranslation("funds.fund.income"))
                .setSortProperty("income").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addColumn(f -> FundsUi.money(f.spending())).setHeader(getTranslation("funds.fund.spending"))
                .setSortProperty("spending").setTextAlign(com.vaadin.flow.component.grid.ColumnTextAlign.END).setAutoWidth(true);
        grid.addComponentColumn(f -> f.pending() == 0 ? new com.vaadin.flow.component.html.Span()
                : cn.haitang.console.base.ui.Badges.badge(getTranslation("funds.fund.pendingCount", f.pending()),
                cn.haitang.console.base.ui.Badges.Tone.WARNING)).setHeader(getTranslation("funds.fund.pending")).setAutoWidth(true);
        grid.addColumn(FundRow::custodian).setHeader(getTranslation("funds.fund.custodian")).setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(f -> PhoneGrid.card(f.name(),
                new Object[] {f.townName() == null ? getTranslation("funds.fundKind.CITY") : f.townName(),
                        f.pending() == 0 ? null : cn.haitang.console.base.ui.Badges.badge(
                                getTranslation("funds.fund.pendingCount", f.pending()), cn.haitang.console.base.ui.Badges.Tone.WARNING)},
                getTranslation("funds.fund.balance") + " " + FundsUi.money(f.balance()),
                getTranslation("funds.fund.income") + " " + FundsUi.money(f.income()) + " · "
                        + getTranslation("funds.fund.spending") + " " + FundsUi.money(f.spending())))
                .setHeader(getTranslation("funds.fund.name")));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(FundLedgerView.class, e.getItem().id())));
        refresh();
        List<Component> filters = new ArrayList<>(areas.fields());
        filters.addAll(List.of(kind, search));
        add(new ViewToolbar(getTranslation("nav.funds.funds"),
                new PhoneFilters(ViewToolbar.group(filters.toArray(Component[]::new))), ViewToolbar.group(
                        Downloads.listExport(this, "funds", clock, (out, locale) -> export.funds(filter(), out, locale)),
                        open)), grid);
        setHeightFull();
    }

    FundFilter filter() {
        return new FundFilter(areas.townId(), areas.communityId(), kind.getValue(), search.getValue());
    }

    void refresh() {
        FundFilter filter = filter();
        grid.setItems(q -> funds.listFunds(filter, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream(),
                q -> (int) funds.countFunds(filter));
    }

    FundFormDialog openForm(@Nullable FundRow row) {
        FundFormDialog dialog = new FundFormDialog(funds, directory, row, LocalDate.now(clock), this::refresh);
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.funds.funds") + " · " + getTranslation("app.name");
    }
}
