package cn.haitang.console.dashboard.ui;

import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.base.ui.EChart;
import cn.haitang.console.base.ui.PhoneGrid;
import cn.haitang.console.dashboard.DashboardService;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import java.util.List;

/**
 * The features' own sections of the dashboard (service circle, funds, deliberation, …): their cards, chart and
 * per-area breakdown, drawn with the view's cards and panels; a click on a town drills the view down.
 */
final class FeatureSections {

    private final DashboardView view;

    FeatureSections(DashboardView view) {
        this.view = view;
    }

    /** Renders the sections into their container, replacing what it showed. */
    void render(Div sections, List<DashboardService.Section> list, boolean cityLevel) {
        sections.removeAll();
        for (DashboardService.Section section : list) {
            SectionFigures f = section.figures();
            Div row = new Div();
            row.addClassName("ht-dash-row");
            f.cards().forEach(c -> row.add(view.cardLabelled(c.id(), c.label(), c.value(), c.detail(), null, null)));
            H3 title = new H3(view.getTranslation(section.titleKey()));
            title.addClassName("ht-dash-group-title");
            Div group = new Div(title, row);
            group.addClassName("ht-dash-group");
            Div body = new Div();
            body.addClassName("ht-dash-charts");
            if (f.chart() != null) {
                EChart chart = new EChart();
                chart.setOption(f.chart());
                chart.addChartClickListener(click -> view.drillByChart(click.id()));
                body.add(DashboardView.panelTitled(f.chartTitle(), chart));
            }
            if (!f.breakdown().columns().isEmpty()) {
                body.add(sectionBreakdown(f.breakdown(), cityLevel));
            }
            Div block = new Div(group, body);
            block.addClassName("ht-dash-section");
            block.getElement().setAttribute("data-section", section.titleKey());
            sections.add(block);
        }
    }

    private Div sectionBreakdown(SectionFigures.Breakdown breakdown, boolean cityLevel) {
        Grid<SectionFigures.Line> grid = new Grid<>();
        grid.addColumn(SectionFigures.Line::areaName)
                .setHeader(view.getTranslation(cityLevel ? "dashboard.town" : "dashboard.community")).setAutoWidth(true)
                .setFrozen(true);
        for (int i = 0; i < breakdown.columns().size(); i++) {
            int column = i;
            grid.addColumn(line -> column < line.values().size() ? line.values().get(column) : "")
                    .setHeader(breakdown.columns().get(i)).setAutoWidth(true);
        }
        PhoneGrid.cards(grid, grid.addComponentColumn(line -> {
            StringBuilder figures = new StringBuilder();
            for (int i = 0; i < breakdown.columns().size() && i < line.values().size(); i++) {
                figures.append(i == 0 ? "" : " · ").append(breakdown.columns().get(i)).append(' ').append(line.values().get(i));
            }
            return PhoneGrid.card(line.areaName(), figures.toString());
        }).setHeader(view.getTranslation(cityLevel ? "dashboard.town" : "dashboard.community")));
        grid.setItems(breakdown.lines());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setEmptyStateText(view.getTranslation("grid.empty"));
        grid.addItemClickListener(e -> {
            if (e.getItem().town()) {
                view.drill(e.getItem().areaId());
            }
        });
        Div panel = DashboardView.panelTitled(view.getTranslation("dashboard.breakdown"), grid);
        panel.addClassName("ht-dash-table");
        return panel;
    }
}
