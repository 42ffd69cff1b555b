package cn.haitang.console.pairing.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.pairing.CommunityPairingRow;
import cn.haitang.console.pairing.InstitutionService;
import cn.haitang.console.pairing.PairingFiguresService;
import cn.haitang.console.pairing.PairingRow;
import cn.haitang.console.pairing.TownPairingFigures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.splitlayout.SplitLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** The community side of 共驻共建: which institutions each community is paired with, and the figures by town/street. */
@Route("pairing/communities")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 41, icon = "vaadin:handshake", title = "nav.pairing.communities")
class CommunityPairingsView extends Main implements HasDynamicTitle {

    private final InstitutionService institutions;
    private final AreaFilter areas;
    final Grid<CommunityPairingRow> communities;
    final Grid<TownPairingFigures> byTown;
    final Span headline = new Span();

    CommunityPairingsView(InstitutionService institutions, PairingFiguresService figures, AreaDirectory directory) {
        this.institutions = institutions;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.TOWN, this::refresh);
        communities = PairingUi.grid(this);
        communities.addColumn(CommunityPairingRow::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        communities.addColumn(CommunityPairingRow::communityName).setHeader(getTranslation("pairing.community")).setAutoWidth(true);
        communities.addColumn(CommunityPairingRow::institutions).setHeader(getTranslation("pairing.community.count")).setAutoWidth(true);
        communities.addColumn(CommunityPairingRow::institutionNames).setHeader(getTranslation("pairing.community.institutions"))
                .setFlexGrow(3);
        PhoneGrid phone = PhoneGrid.cards(communities, communities.addComponentColumn(c -> PhoneGrid.card(c.communityName(),
                new Object[] {c.townName(), getTranslation("pairing.community.count") + " " + c.institutions()},
                c.institutionNames())).setHeader(getTranslation("pairing.community")));
        communities.addItemClickListener(e -> openCommunity(e.getItem()));
        byTown = PairingUi.grid(this);
        byTown.addColumn(TownPairingFigures::townName).setHeader(getTranslation("pairing.town")).setAutoWidth(true);
        byTown.addColumn(TownPairingFigures::institutionsPaired).setHeader(getTranslation("pairing.figures.institutionsPaired"));
        byTown.addColumn(TownPairingFigures::communities).setHeader(getTranslation("pairing.figures.communities"));
        byTown.addColumn(TownPairingFigures::communitiesPaired).setHeader(getTranslation("pairing.figures.communitiesWithPairing"));
        PhoneGrid.cards(byTown, byTown.addComponentColumn(t -> PhoneGrid.card(t.townName(),
                getTranslation("pairing.figures.institutionsPaired") + " " + t.institutionsPaired(),
                getTranslation("pairing.figures.communitiesWithPairing") + " " + t.communitiesPaired() + " / "
                        + t.communities())).setHeader(getTranslation("pairing.town")));
        byTown.setItems(figures.pairingFiguresByTown());
        PairingFiguresService.PairedCounts city = figures.pairedCounts(null);
        headline.setText(getTranslation("pairing.figures.paired", city.institutionsPaired(), city.institutions()) + "　"
                + getTranslation("pairing.figures.communitiesPaired", city.communitiesPaired(), city.communities()));
        headline.setId("pairing-headline");
        SplitLayout split = new SplitLayout(communities, byTown);
        split.setSplitterPosition(62);
        split.setSizeFull();
        // on a phone the two card lists stack instead of sharing 390 px side by side
        phone.onSwitch(onPhone -> split.setOrientation(onPhone ? SplitLayout.Orientation.VERTICAL
                : SplitLayout.Orientation.HORIZONTAL));
        refresh();
        add(new ViewToolbar(getTranslation("nav.pairing.communities"), ViewToolbar.group(headline, areas.townField())), split);
    }

    void refresh() {
        Long townId = areas.townId();
        communities.setItems(q -> institutions.communityPairings(townId, q.getOffset(), q.getLimit()).stream(),
                q -> (int) institutions.countCommunityPairings(townId));
    }

    Dialog openCommunity(CommunityPairingRow row) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("pairing.community.pairings.title", row.communityName()));
        dialog.setWidth("min(900px, 95vw)");
        Grid<PairingRow> grid = PairingUi.grid(this);
        grid.addColumn(PairingRow::institutionName).setHeader(getTranslation("pairing.institution")).setFlexGrow(2);
        grid.addColumn(p -> Formats.date(p.startDate())).setHeader(getTranslation("pairing.pairing.startDate")).setAutoWidth(true);
        grid.addColumn(p -> Formats.date(p.endDate())).setHeader(getTranslation("pairing.pairing.endDate")).setAutoWidth(true);
        grid.addColumn(p -> getTranslation(p.status().messageKey())).setHeader(getTranslation("pairing.pairing.status")).setAutoWidth(true);
        grid.addColumn(PairingRow::services).setHeader(getTranslation("pairing.pairing.services")).setFlexGrow(2);
        PhoneGrid.cards(grid, grid.addComponentColumn(p -> PhoneGrid.card(p.institutionName(),
                new Object[] {getTranslation(p.status().messageKey()), Formats.date(p.startDate()) + " ~ " + Formats.date(p.endDate())},
                p.services())).setHeader(getTranslation("pairing.institution")));
        grid.setItems(institutions.pairingsOfCommunity(row.communityId()));
        grid.setHeight("360px");
        dialog.add(grid);
        dialog.getFooter().add(new Button(getTranslation("action.close"), e -> dialog.close()));
        dialog.open();
        return dialog;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.pairing.communities") + " · " + getTranslation("app.name");
    }

}
