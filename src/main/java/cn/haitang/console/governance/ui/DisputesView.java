package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.DisputeFilter;
import cn.haitang.console.governance.DisputeRow;
import cn.haitang.console.governance.DisputeSeverity;
import cn.haitang.console.governance.DisputeState;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/** The disputes board: every property dispute of the caller's area and where its fast-track handling stands. */
@Route("governance/disputes")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 32, icon = "vaadin:scale", title = "nav.gov.disputes")
public class DisputesView extends Main implements HasDynamicTitle {

    private final GovernanceService governance;
    final Select<TownRef> town = new Select<>();
    final Select<DisputeState> state = new Select<>();
    final Select<DisputeSeverity> severity = new Select<>();
    final Grid<DisputeRow> grid = new Grid<>();
    private volatile DisputeFilter filter = new DisputeFilter(null, null, null, null);

    public DisputesView(GovernanceService governance, RegionService regions) {
        this.governance = governance;
        addClassName("ht-view");
        town.setEmptySelectionAllowed(true);
        town.setEmptySelectionCaption(getTranslation("gov.allTowns"));
        town.setItems(regions.townsInScope());
        town.setItemLabelGenerator(t -> t == null ? getTranslation("gov.allTowns") : t.name());
        town.setAriaLabel(getTranslation("gov.town"));
        state.setEmptySelectionAllowed(true);
        state.setEmptySelectionCaption(getTranslation("gov.dispute.allStates"));
        state.setItems(DisputeState.values());
        state.setItemLabelGenerator(s -> s == null ? getTranslation("gov.dispute.allStates") : getTranslation(s.messageKey()));
        state.setAriaLabel(getTranslation("gov.dispute.state"));
        severity.setEmptySelectionAllowed(true);
        severity.setEmptySelectionCaption(getTranslation("gov.dispute.allSeverities"));
        severity.setItems(DisputeSeverity.values());
        severity.setItemLabelGenerator(s -> s == null ? getTranslation("gov.dispute.allSeverities")
                : getTranslation(s.messageKey()));
        severity.setAriaLabel(getTranslation("gov.dispute.severity"));
        town.addValueChangeListener(e -> refresh());
        state.addValueChangeListener(e -> refresh());
        severity.addValueChangeListener(e -> refresh());

        grid.addColumn(DisputeRow::compoundName).setHeader(getTranslation("gov.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        grid.addColumn(DisputeRow::townName).setHeader(getTranslation("gov.town")).setSortProperty("townName")
                .setAutoWidth(true);
        grid.addColumn(DisputeRow::title).setHeader(getTranslation("gov.dispute.name")).setSortProperty("title")
                .setAutoWidth(true);
        grid.addComponentColumn(d -> GovUi.badge(getTranslation(d.severity().messageKey()),
                d.severity() == DisputeSeverity.SERIOUS ? "error" : "contrast"))
                .setHeader(getTranslation("gov.dispute.severity")).setSortProperty("severity").setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.fastTrack() ? "gov.yes" : "gov.no"))
                .setHeader(getTranslation("gov.dispute.fastTrack")).setAutoWidth(true);
        grid.addColumn(d -> getTranslation(d.state().messageKey())).setHeader(getTranslation("gov.dispute.state"))
                .setSortProperty("state").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.filedOn())).setHeader(getTranslation("gov.dispute.filedOn"))
                .setSortProperty("filedOn").setAutoWidth(true);
        grid.addColumn(d -> Formats.date(d.closedOn())).setHeader(getTranslation("gov.dispute.closedOn"))
                .setSortProperty("closedOn").setAutoWidth(true);
        grid.addColumn(d -> d.daysToClose() == null ? "" : d.daysToClose().toString())
                .setHeader(getTranslation("gov.dispute.days")).setSortProperty("daysToClose").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CompoundGovernanceView.class,
                new RouteParameters("id", String.valueOf(e.getItem().compoundId())))));
        grid.setSizeFull();
        Anchor export = ExcelExport.link(this, "disputes.xlsx", this::export);
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.disputes"), ViewToolbar.group(town, state, severity, export)), grid);
    }

    void refresh() {
        filter = new DisputeFilter(town.getValue() == null ? null : town.getValue().id(), state.getValue(),
                severity.getValue(), null);
        DisputeFilter current = filter;
        grid.setItems(query -> governance.disputes(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> governance.countDisputes(current));
    }

    void export(OutputStream out) throws IOException {
        DisputeFilter current = filter;
        ExcelExport.write(out, getTranslation("nav.gov.disputes"), List.of(getTranslation("gov.compound"),
                getTranslation("gov.town"), getTranslation("gov.dispute.name"), getTranslation("gov.dispute.severity"),
                getTranslation("gov.dispute.fastTrack"), getTranslation("gov.dispute.state"),
                getTranslation("gov.dispute.filedOn"), getTranslation("gov.dispute.resolvedOn"),
                getTranslation("gov.dispute.closedOn"), getTranslation("gov.dispute.days"),
                getTranslation("gov.dispute.outcome")), ExcelExport.allPages(page -> governance.disputes(current, page),
                        (sink, d) -> sink.row(d.compoundName(), d.townName(), d.title(),
                                getTranslation(d.severity().messageKey()), getTranslation(d.fastTrack() ? "gov.yes" : "gov.no"),
                                getTranslation(d.state().messageKey()), d.filedOn(), d.resolvedOn(), d.closedOn(),
                                d.daysToClose(), d.outcome())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.disputes") + " · " + getTranslation("app.name");
    }
}
