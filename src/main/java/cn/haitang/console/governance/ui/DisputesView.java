package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.DisputeFilter;
import cn.haitang.console.governance.DisputeRow;
import cn.haitang.console.governance.DisputeService;
import cn.haitang.console.governance.DisputeSeverity;
import cn.haitang.console.governance.DisputeState;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;

/** The disputes board: every property dispute of the caller's area and where its fast-track handling stands. */
@Route("governance/disputes")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 32, icon = "vaadin:scale", title = "nav.gov.disputes")
class DisputesView extends Main implements HasDynamicTitle {

    private final DisputeService disputes;
    final AreaFilter areas;
    final ComboBox<Area> town;
    final Select<DisputeState> state;
    final Select<DisputeSeverity> severity;
    final Grid<DisputeRow> grid = new Grid<>();
    final PhoneGrid phoneGrid;
    private volatile DisputeFilter filter = new DisputeFilter(null, null, null, null);

    DisputesView(DisputeService disputes, AreaDirectory directory) {
        this.disputes = disputes;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.COMPOUND, this::refresh);
        town = areas.townField();
        state = GovUi.choice(List.of(DisputeState.values()), "gov.dispute.allStates", "gov.dispute.state",
                s -> getTranslation(s.messageKey()), this::refresh);
        severity = GovUi.choice(List.of(DisputeSeverity.values()), "gov.dispute.allSeverities", "gov.dispute.severity",
                s -> getTranslation(s.messageKey()), this::refresh);

        grid.addColumn(DisputeRow::compoundName).setHeader(getTranslation("gov.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        grid.addColumn(DisputeRow::townName).setHeader(getTranslation("gov.town")).setSortProperty("townName")
                .setAutoWidth(true);
        grid.addColumn(DisputeRow::title).setHeader(getTranslation("gov.dispute.name")).setSortProperty("title")
                .setAutoWidth(true);
        grid.addColumn(Badges.renderer(d -> severityBadge(this, d))).setHeader(getTranslation("gov.dispute.severity"))
                .setSortProperty("severity").setAutoWidth(true);
        grid.addColumn(d -> GovUi.yesNo(this, d.fastTrack())).setHeader(getTranslation("gov.dispute.fastTrack"))
                .setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.state().messageKey())).setHeader(getTranslation("gov.dispute.state"))
                .setSortProperty("state").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.filedOn())).setHeader(getTranslation("gov.dispute.filedOn"))
                .setSortProperty("filedOn").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.closedOn())).setHeader(getTranslation("gov.dispute.closedOn"))
                .setSortProperty("closedOn").setAutoWidth(true);
        grid.addColumn(d -> d.daysToClose() == null ? "" : d.daysToClose().toString())
                .setHeader(getTranslation("gov.dispute.days")).setSortProperty("daysToClose").setAutoWidth(true);
        phoneGrid = PhoneGrid.cards(grid, grid.addComponentColumn(this::card).setHeader(getTranslation("gov.dispute.name")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> CompoundGovernanceView.open(e.getItem().compoundId(), CompoundGovernanceView.PROPERTY_TAB));
        grid.setSizeFull();
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.disputes"), GovUi.toolbar(areas, state, severity,
                Downloads.excel(this, "disputes.xlsx", this::export))),
                grid);
    }

    /** A dispute as a phone shows it: title, severity and state, where, filed and closed. */
    private com.vaadin.flow.component.html.Div card(DisputeRow d) {
        Span title = new Span(d.title());
        title.addClassName("ht-cell-title");
        Span state = new Span(getTranslation(d.state().messageKey()));
        state.addClassName("ht-cell-meta");
        com.vaadin.flow.component.html.Div line = new com.vaadin.flow.component.html.Div(severityBadge(this, d), state);
        line.addClassName("ht-cell-line");
        Span where = new Span(d.compoundName() + " · " + d.townName());
        where.addClassName("ht-cell-meta");
        Span when = new Span(Formats.date(d.filedOn()) + (d.closedOn() == null ? "" : " → " + Formats.date(d.closedOn())));
        when.addClassName("ht-cell-meta");
        com.vaadin.flow.component.html.Div cell = new com.vaadin.flow.component.html.Div(title, line, where, when);
        cell.addClassName("ht-cell");
        return cell;
    }

    /** A serious dispute stands out in red, a minor one stays neutral. */
    static Span severityBadge(Component owner, DisputeRow dispute) {
        return Badges.badge(owner.getTranslation(dispute.severity().messageKey()),
                dispute.severity() == DisputeSeverity.SERIOUS ? Badges.Tone.ERROR : Badges.Tone.CONTRAST);
    }

    void refresh() {
        filter = new DisputeFilter(areas.townId(), state.getValue(), severity.getValue(), areas.compoundId(),
                areas.communityId());
        DisputeFilter current = filter;
        GovUi.lazy(grid, page -> disputes.disputes(current, page), () -> disputes.countDisputes(current));
    }

    void export(OutputStream out) {
        DisputeFilter current = filter;
        GovUi.export(out, getLocale(), "nav.gov.disputes", List.of("gov.compound", "gov.town", "gov.dispute.name",
                "gov.dispute.severity", "gov.dispute.fastTrack", "gov.dispute.state", "gov.dispute.filedOn",
                "gov.dispute.resolvedOn", "gov.dispute.closedOn", "gov.dispute.days", "gov.dispute.outcome"),
                page -> disputes.disputes(current, page),
                d -> new Object[] {d.compoundName(), d.townName(), d.title(), getTranslation(d.severity().messageKey()),
                        GovUi.yesNo(this, d.fastTrack()), getTranslation(d.state().messageKey()), d.filedOn(), d.resolvedOn(),
                        d.closedOn(), d.daysToClose(), d.outcome()});
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.disputes") + " · " + getTranslation("app.name");
    }
}
