package cn.haitang.console.governance.ui;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.FormationFigure;
import cn.haitang.console.governance.GapFilter;
import cn.haitang.console.governance.GapRow;
import cn.haitang.console.governance.GovernanceService;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.security.CurrentUser;
import cn.haitang.console.security.TownRef;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * The committee formation rate of the caller's area, per town/street with the cross-appointment rate,
 * and the gap list a coordinator works from: compounds required to form a committee that have none.
 */
@Route("governance/formation")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 31, icon = "vaadin:chart", title = "nav.gov.formation")
public class FormationView extends Main implements HasDynamicTitle {

    private final GovernanceService governance;
    final Paragraph headline = new Paragraph();
    final Grid<FormationFigure> towns = new Grid<>();
    final Select<TownRef> town = new Select<>();
    final Grid<GapRow> gaps = new Grid<>();
    final Grid<FormationFigure> communities = new Grid<>();
    final H3 communitiesTitle = new H3();
    private final List<TownRef> townsInScope;
    private volatile GapFilter filter = new GapFilter(null, null);

    public FormationView(GovernanceService governance, RegionService regions, CurrentUser currentUser) {
        this.governance = governance;
        addClassName("ht-view");
        this.townsInScope = regions.townsInScope();
        FormationFigure area = governance.committeeFormationCity();
        headline.setId("gov-formation-headline");
        headline.setText(currentUser.scope().isCityWide()
                ? getTranslation("gov.formation.city", GovUi.percent(area.formationRate()), area.formed(), area.required())
                : getTranslation("gov.formation.area", area.name(), GovUi.percent(area.formationRate()), area.formed(),
                        area.required()));
        headline.addClassName("ht-headline");
        headline.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        towns.addColumn(FormationFigure::name).setHeader(getTranslation("gov.town")).setAutoWidth(true);
        towns.addColumn(FormationFigure::required).setHeader(getTranslation("gov.formation.required")).setAutoWidth(true);
        towns.addColumn(FormationFigure::formed).setHeader(getTranslation("gov.formation.formed")).setAutoWidth(true);
        towns.addColumn(FormationFigure::gap).setHeader(getTranslation("gov.formation.gap")).setAutoWidth(true);
        towns.addColumn(f -> GovUi.percent(f.formationRate())).setHeader(getTranslation("gov.formation.rate"))
                .setAutoWidth(true);
        towns.addColumn(f -> GovUi.percent(f.crossAppointmentRate())).setHeader(getTranslation("gov.committee.crossRate"))
                .setAutoWidth(true);
        towns.setItems(governance.committeeFormationByTown());
        towns.setAllRowsVisible(true);
        towns.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        towns.setEmptyStateText(getTranslation("grid.empty"));

        town.setEmptySelectionAllowed(true);
        town.setEmptySelectionCaption(getTranslation("gov.allTowns"));
        town.setItems(townsInScope);
        town.setItemLabelGenerator(t -> t == null ? getTranslation("gov.allTowns") : t.name());
        town.setAriaLabel(getTranslation("gov.town"));
        town.addValueChangeListener(e -> refresh());
        towns.addItemClickListener(e -> townsInScope.stream().filter(t -> t.id() == e.getItem().id())
                .findFirst().ifPresent(town::setValue));

        gaps.addColumn(GapRow::compoundName).setHeader(getTranslation("gov.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        gaps.addColumn(GapRow::communityName).setHeader(getTranslation("gov.community")).setSortProperty("communityName")
                .setAutoWidth(true);
        gaps.addColumn(GapRow::townName).setHeader(getTranslation("gov.town")).setSortProperty("townName")
                .setAutoWidth(true);
        gaps.addColumn(GapRow::households).setHeader(getTranslation("gov.households")).setSortProperty("households")
                .setAutoWidth(true);
        gaps.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        gaps.setEmptyStateText(getTranslation("grid.empty"));
        gaps.setHeight("28em");
        gaps.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(CompoundGovernanceView.class,
                new RouteParameters("id", String.valueOf(e.getItem().compoundId())))));
        communities.addColumn(FormationFigure::name).setHeader(getTranslation("gov.community")).setAutoWidth(true);
        communities.addColumn(FormationFigure::required).setHeader(getTranslation("gov.formation.required"))
                .setAutoWidth(true);
        communities.addColumn(FormationFigure::formed).setHeader(getTranslation("gov.formation.formed")).setAutoWidth(true);
        communities.addColumn(FormationFigure::gap).setHeader(getTranslation("gov.formation.gap")).setAutoWidth(true);
        communities.addColumn(f -> GovUi.percent(f.formationRate())).setHeader(getTranslation("gov.formation.rate"))
                .setAutoWidth(true);
        communities.addColumn(f -> GovUi.percent(f.crossAppointmentRate()))
                .setHeader(getTranslation("gov.committee.crossRate")).setAutoWidth(true);
        communities.setAllRowsVisible(true);
        communities.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        communities.setEmptyStateText(getTranslation("grid.empty"));
        Anchor export = ExcelExport.link(this, "committee-gaps.xlsx", this::export);
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.formation"), ViewToolbar.group(town, export)), headline,
                new H3(getTranslation("gov.formation.byTown")), towns, communitiesTitle, communities,
                new H3(getTranslation("gov.formation.gapTitle")), gaps);
    }

    void refresh() {
        filter = new GapFilter(town.getValue() == null ? null : town.getValue().id(), null);
        GapFilter current = filter;
        TownRef shown = town.getValue() != null ? town.getValue() : townsInScope.size() == 1 ? townsInScope.getFirst() : null;
        communitiesTitle.setVisible(shown != null);
        communities.setVisible(shown != null);
        if (shown != null) {
            communitiesTitle.setText(getTranslation("gov.formation.byCommunity", shown.name()));
            communities.setItems(governance.committeeFormationByCommunity(shown.id()));
        }
        gaps.setItems(query -> governance.formationGaps(current, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> governance.countFormationGaps(current));
    }

    void export(OutputStream out) throws IOException {
        GapFilter current = filter;
        ExcelExport.write(out, getTranslation("gov.formation.gapTitle"), List.of(getTranslation("gov.compound"),
                getTranslation("gov.community"), getTranslation("gov.town"), getTranslation("gov.households")), ExcelExport.allPages(page -> governance.formationGaps(current, page),
                        (sink, g) -> sink.row(g.compoundName(), g.communityName(), g.townName(), g.households())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.formation") + " · " + getTranslation("app.name");
    }
}
