package cn.haitang.console.organization.ui;

import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.ui.Notifications;
import cn.haitang.console.base.ui.RuleViolations;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.organization.CoverageService;
import cn.haitang.console.organization.GapKind;
import cn.haitang.console.organization.GapRow;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** The compounds missing a rate (the gap list coordinators work from); a row opens the compound page. */
@Route("coverage/gaps")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
public class GapListView extends Main implements HasDynamicTitle, BeforeEnterObserver {

    private final CoverageService coverage;
    final Select<GapKind> kind = new Select<>();
    final Grid<GapRow> grid = new Grid<>();
    final Span count = new Span();
    private @Nullable Long town;
    private @Nullable Long community;

    public GapListView(CoverageService coverage) {
        this.coverage = coverage;
        addClassName("ht-view");
        kind.setItems(GapKind.values());
        kind.setItemLabelGenerator(k -> getTranslation(k.messageKey()));
        kind.setValue(GapKind.ENTITY_BRANCH);
        kind.setWidth("20em");
        kind.addValueChangeListener(e -> refresh());
        grid.addColumn(GapRow::compoundName).setHeader(getTranslation("compound.name")).setAutoWidth(true);
        grid.addColumn(GapRow::townName).setHeader(getTranslation("compound.town")).setAutoWidth(true);
        grid.addColumn(GapRow::communityName).setHeader(getTranslation("compound.community")).setAutoWidth(true);
        grid.addColumn(GapRow::households).setHeader(getTranslation("compound.households")).setAutoWidth(true);
        grid.addColumn(g -> g.gridGroups() + " / " + g.microGrids())
                .setHeader(getTranslation("list.gridGroups") + " / " + getTranslation("list.microGrids")).setAutoWidth(true);
        grid.addColumn(g -> g.microGrids() - g.gridGroups()).setHeader(getTranslation("gap.uncovered")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(g -> PhoneGrid.card(g.compoundName(),
                g.townName() + " · " + g.communityName(),
                getTranslation("compound.households") + " " + g.households() + " · " + getTranslation("list.gridGroups")
                        + " / " + getTranslation("list.microGrids") + " " + g.gridGroups() + " / " + g.microGrids()
                        + " · " + getTranslation("gap.uncovered") + " " + (g.microGrids() - g.gridGroups())))
                .setHeader(getTranslation("compound.name")));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate("compound/" + e.getItem().compoundId())));
        grid.setSizeFull();
        add(new ViewToolbar(getTranslation("gap.heading"), ViewToolbar.group(kind, count)), grid);
        setSizeFull();
        getStyle().set("display", "flex").set("flex-direction", "column");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters params = event.getLocation().getQueryParameters();
        params.getSingleParameter("kind").ifPresent(k -> {
            try {
                kind.setValue(GapKind.valueOf(k));
            } catch (IllegalArgumentException ignored) {
                // unknown kind in the address: keep the default
            }
        });
        town = params.getSingleParameter("town").map(GapListView::number).orElse(null);
        community = params.getSingleParameter("community").map(GapListView::number).orElse(null);
        refresh();
    }

    void refresh() {
        GapKind selected = kind.getValue();
        try {
            int total = coverage.countGaps(selected, town, community);
            count.setText(getTranslation("gap.count", total));
            grid.setItems(query -> coverage.gaps(selected, town, community,
                    VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(), query -> coverage.countGaps(selected, town,
                    community));
        } catch (RuleViolationException e) {
            Notifications.error(RuleViolations.message(e));
            grid.setItems();
        }
    }

    private static @Nullable Long number(String text) {
        try {
            return Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("gap.title", getTranslation(kind.getValue().messageKey())) + " · " + getTranslation("app.name");
    }
}
