package cn.haitang.console.circle.ui;

import cn.haitang.console.base.ui.Badges;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.circle.SceneFilter;
import cn.haitang.console.circle.SceneRow;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.region.CompoundPageTab;
import cn.haitang.console.region.CompoundRef;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import java.util.stream.Collectors;

/** The compound page's tab (50): the happiness scenes its residents reach in their community, with their reach so far. */
@org.springframework.stereotype.Component
class CircleTab implements CompoundPageTab {

    private final SceneService scenes;

    CircleTab(SceneService scenes) {
        this.scenes = scenes;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "circle.tab";
    }

    @Override
    public com.vaadin.flow.component.Component create(CompoundRef compound) {
        Div panel = new Div();
        Grid<SceneRow> grid = CircleUi.grid(panel);
        grid.setEmptyStateText(CircleUi.t("circle.tab.empty"));
        grid.addColumn(SceneRow::name).setHeader(CircleUi.t("circle.scene.name")).setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(SceneRow::positionName).setHeader(CircleUi.t("circle.scene.position")).setAutoWidth(true);
        grid.addColumn(r -> r.groups().stream().map(g -> CircleUi.t(g.messageKey())).collect(Collectors.joining("、")))
                .setHeader(CircleUi.t("circle.scene.groups")).setAutoWidth(true);
        grid.addColumn(SceneRow::schedule).setHeader(CircleUi.t("circle.scene.schedule")).setAutoWidth(true);
        grid.addColumn(Badges.renderer(r -> CircleUi.stateBadge(grid, r.state()))).setHeader(CircleUi.t("circle.scene.state"))
                .setAutoWidth(true);
        grid.addColumn(SceneRow::personTimes).setHeader(CircleUi.t("circle.scene.personTimes")).setAutoWidth(true);
        PhoneGrid.cards(grid, grid.addComponentColumn(r -> PhoneGrid.card(r.name(),
                new Object[] {CircleUi.stateBadge(grid, r.state()), r.positionName()},
                r.groups().stream().map(g -> CircleUi.t(g.messageKey())).collect(Collectors.joining("、")),
                r.schedule() + " · " + CircleUi.t("circle.scene.personTimes") + " " + r.personTimes()))
                .setHeader(CircleUi.t("circle.scene.name")));
        SceneFilter filter = new SceneFilter(null, compound.communityId(), null, null, null, null, null);
        CircleUi.lazy(grid, p -> scenes.list(filter, p), () -> scenes.count(filter));
        grid.setHeight("420px");
        panel.add(grid);
        panel.setWidthFull();
        return panel;
    }
}
