package cn.haitang.console.circle.ui;

import cn.haitang.console.base.ui.PhoneFilters;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.base.Role;
import cn.haitang.console.base.area.AreaDirectory;
import cn.haitang.console.base.ui.AreaFilter;
import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.ViewToolbar;
import cn.haitang.console.circle.CircleFiguresService;
import cn.haitang.console.circle.CoverageRow;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * The circle's coverage: for each community, how many of the ten service items its residents reach and
 * whether a running scene serves the elderly, children and people with special difficulties; the gap list
 * keeps only communities missing one of them.
 */
@Route("circle/coverage")
@RolesAllowed({Role.Names.CITY_ADMIN, Role.Names.STREET_COORDINATOR})
@Menu(order = 53, icon = "vaadin:circle-thin", title = "nav.circle.coverage")
class CoverageView extends Main implements HasDynamicTitle {

    private final CircleFiguresService figures;
    private final AreaFilter areas;
    final Checkbox gapsOnly = new Checkbox();
    final Grid<CoverageRow> grid;

    CoverageView(CircleFiguresService figures, AreaDirectory directory) {
        this.figures = figures;
        addClassName("ht-view");
        areas = new AreaFilter(directory, AreaFilter.Depth.TOWN, this::refresh);
        gapsOnly.setLabel(getTranslation("circle.coverage.gapsOnly"));
        gapsOnly.setValue(true);
        gapsOnly.addValueChangeListener(e -> refresh());
        grid = CircleUi.grid(this);
        grid.addColumn(CoverageRow::communityName).setHeader(getTranslation("circle.community"))
                .setSortProperty("communityName").setAutoWidth(true);
        grid.addColumn(CoverageRow::townName).setHeader(getTranslation("circle.town")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("circle.coverage.itemsOf", r.items(), CoverageRow.ITEMS))
                .setHeader(getTranslation("circle.coverage.items")).setSortProperty("items").setAutoWidth(true);
        grid.addComponentColumn(r -> mark(r.elderly())).setHeader(getTranslation("circle.group.ELDERLY")).setAutoWidth(true);
        grid.addComponentColumn(r -> mark(r.children())).setHeader(getTranslation("circle.group.CHILDREN")).setAutoWidth(true);
        grid.addComponentColumn(r -> mark(r.special())).setHeader(getTranslation("circle.group.SPECIAL")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.communityName(),
                new Object[] {r.townName(), getTranslation("circle.coverage.items") + " "
                        + getTranslation("circle.coverage.itemsOf", r.items(), CoverageRow.ITEMS)},
                new Object[] {getTranslation("circle.group.ELDERLY"), mark(r.elderly()), getTranslation("circle.group.CHILDREN"),
                        mark(r.children()), getTranslation("circle.group.SPECIAL"), mark(r.special())}))
                .setHeader(getTranslation("circle.community")));
        refresh();
        add(new ViewToolbar(getTranslation("nav.circle.coverage"),
                        new PhoneFilters(ViewToolbar.group(CircleUi.afterAreas(areas, gapsOnly)))),
                grid);
    }

    private Span mark(boolean served) {
        return served ? Badges.badge(getTranslation("circle.coverage.served"), Badges.Tone.SUCCESS)
                : Badges.badge(getTranslation("circle.coverage.gap"), Badges.Tone.ERROR);
    }

    void refresh() {
        Long town = areas.townId();
        boolean gaps = gapsOnly.getValue();
        CircleUi.lazy(grid, p -> figures.coverage(town, gaps, p), () -> figures.countCoverage(town, gaps));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.circle.coverage") + " · " + getTranslation("app.name");
    }
}
