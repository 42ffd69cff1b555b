package cn.haitang.console.governance.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.Area;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Downloads;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.governance.FormationFigure;
import cn.haitang.console.governance.FormationService;
import cn.haitang.console.governance.GapFilter;
import cn.haitang.console.governance.GapRow;
import cn.haitang.console.security.CurrentUser;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.io.OutputStream;
import java.util.List;

/**
 * The committee formation rate of the caller's area, per town/street with the cross-appointment rate,
 * and the gap list a coordinator works from: compounds required to form a committee that have none.
 */
@Route("governance/formation")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 31, icon = "vaadin:chart", title = "nav.gov.formation")
class FormationView extends Main implements HasDynamicTitle {

    private final FormationService formation;
    final Paragraph headline = new Paragraph();
    final Grid<FormationFigure> towns = new Grid<>();
    final AreaFilter areas;
    final ComboBox<Area> town;
    final Grid<GapRow> gaps = new Grid<>();
    final Grid<FormationFigure> communities = new Grid<>();
    final H3 communitiesTitle = new H3();
    private volatile GapFilter filter = new GapFilter(null, null);

    FormationView(FormationService formation, AreaDirectory directory, CurrentUser currentUser) {
        this.formation = formation;
        addClassName("ht-view");
        FormationService.Overview overview = formation.committeeFormationOverview();
        FormationFigure area = overview.area();
        headline.setId("gov-formation-headline");
        headline.setText(currentUser.scope().isCityWide()
                ? getTranslation("gov.formation.city", GovUi.percent(area.formationRate()), area.formed(), area.required())
                : getTranslation("gov.formation.area", area.name(), GovUi.percent(area.formationRate()), area.formed(),
                        area.required()));
        headline.addClassName("ht-headline");
        headline.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

        figureColumns(towns, "gov.town");
        towns.setItems(overview.towns());
        areas = new AreaFilter(directory, AreaFilter.Depth.COMMUNITY, this::refresh);
        town = areas.townField();
        towns.addItemClickListener(e -> areas.select(e.getItem().id(), null));

        gaps.addColumn(GapRow::compoundName).setHeader(getTranslation("gov.compound")).setSortProperty("compoundName")
                .setAutoWidth(true);
        gaps.addColumn(GapRow::communityName).setHeader(getTranslation("gov.community")).setSortProperty("communityName")
                .setAutoWidth(true);
        gaps.addColumn(GapRow::townName).setHeader(getTranslation("gov.town")).setSortProperty("townName")
                .setAutoWidth(true);
        gaps.addColumn(GapRow::households).setHeader(getTranslation("gov.households")).setSortProperty("households")
                .setAutoWidth(true);
        PhoneGrid.cards(gaps, gaps.addComponentColumn(g -> PhoneGrid.card(g.compoundName(),
                g.townName() + " · " + g.communityName(), getTranslation("gov.households") + " " + g.households()))
                .setHeader(getTranslation("gov.compound")));
        gaps.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        gaps.setEmptyStateText(getTranslation("grid.empty"));
        gaps.setHeight("28em");
        gaps.addItemClickListener(e -> CompoundGovernanceView.open(e.getItem().compoundId(), CompoundGovernanceView.COMMITTEE_TAB));
        figureColumns(communities, "gov.community");
        refresh();
        add(new ViewToolbar(getTranslation("nav.gov.formation"), GovUi.toolbar(areas,
                        Downloads.excel(this, "committee-gaps.xlsx", this::export))), headline,
                new H3(getTranslation("gov.formation.byTown")), towns, communitiesTitle, communities,
                new H3(getTranslation("gov.formation.gapTitle")), gaps);
    }

    /** The columns of a figures grid (towns or communities): required, formed, gap and both rates. */
    private void figureColumns(Grid<FormationFigure> grid, String areaKey) {
        grid.addColumn(FormationFigure::name).setHeader(getTranslation(areaKey)).setAutoWidth(true);
        grid.addColumn(FormationFigure::required).setHeader(getTranslation("gov.formation.required")).setAutoWidth(true);
        grid.addColumn(FormationFigure::formed).setHeader(getTranslation("gov.formation.formed")).setAutoWidth(true);
        grid.addColumn(FormationFigure::gap).setHeader(getTranslation("gov.formation.gap")).setAutoWidth(true);
        grid.addColumn(f -> GovUi.percent(f.formationRate())).setHeader(getTranslation("gov.formation.rate"))
                .setAutoWidth(true);
        grid.addColumn(f -> GovUi.percent(f.crossAppointmentRate())).setHeader(getTranslation("gov.committee.crossRate"))
                .setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(f -> PhoneGrid.card(f.name(),
                getTranslation("gov.formation.rate") + " " + GovUi.percent(f.formationRate()) + " · "
                        + getTranslation("gov.formation.formed") + " " + f.formed() + "/" + f.required() + " · "
                        + getTranslation("gov.formation.gap") + " " + f.gap(),
                getTranslation("gov.committee.crossRate") + " " + GovUi.percent(f.crossAppointmentRate())))
                .setHeader(getTranslation(areaKey)));
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(getTranslation("grid.empty"));
    }

    void refresh() {
        filter = new GapFilter(areas.townId(), areas.communityId());
        GapFilter current = filter;
        Area shown = town.getValue();
        communitiesTitle.setVisible(shown != null);
        communities.setVisible(shown != null);
        if (shown != null) {
            communitiesTitle.setText(getTranslation("gov.formation.byCommunity", shown.name()));
            communities.setItems(formation.committeeFormationByCommunity(shown.id()));
        }
        GovUi.lazy(gaps, page -> formation.formationGaps(current, page), () -> formation.countFormationGaps(current));
    }

    void export(OutputStream out) {
        GapFilter current = filter;
        GovUi.export(out, getLocale(), "gov.formation.gapTitle", List.of("gov.compound", "gov.community", "gov.town",
                "gov.households"), page -> formation.formationGaps(current, page),
                g -> new Object[] {g.compoundName(), g.communityName(), g.townName(), g.households()});
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.gov.formation") + " · " + getTranslation("app.name");
    }
}
