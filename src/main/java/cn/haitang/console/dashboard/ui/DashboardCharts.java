package cn.haitang.console.dashboard.ui;

import cn.haitang.console.accreditation.Level;
import cn.haitang.console.base.ui.EChart;
import cn.haitang.console.base.ui.Formats;
import cn.haitang.console.dashboard.AreaLine;
import cn.haitang.console.dashboard.Dashboard;
import cn.haitang.console.dashboard.DashboardFigures;
import cn.haitang.console.dashboard.DashboardService;
import cn.haitang.console.dashboard.Rate;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.pairing.MonthStateCount;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The home view's four ECharts panels: a coverage rate by area (the rate chosen in the panel), members and
 * volunteers reported by area, matters per month by state, and demonstration sites by level. A click on an
 * area's bar is passed on (the view drills down to that town/street).
 */
class DashboardCharts extends Div {

    final Select<String> rateKind = new Select<>();
    final EChart coverageChart = new EChart();
    final EChart reportsChart = new EChart();
    final EChart mattersChart = new EChart();
    final EChart sitesChart = new EChart();
    private @Nullable Dashboard shown;

    DashboardCharts(Consumer<String> onAreaClick) {
        rateKind.setItems("entity", "functional", "committee", "grid");
        rateKind.setItemLabelGenerator(k -> getTranslation("dashboard.card." + k));
        rateKind.setValue("entity");
        rateKind.setAriaLabel(getTranslation("dashboard.chart.rate"));
        rateKind.addValueChangeListener(e -> {
            if (shown != null) {
                renderCoverage(shown);
            }
        });
        rateKind.addClassName("ht-dash-chart-select");
        coverageChart.addChartClickListener(click -> onAreaClick.accept(click.id()));
        reportsChart.addChartClickListener(click -> onAreaClick.accept(click.id()));
        add(panel("dashboard.chart.coverage", coverageChart, rateKind),
                panel("dashboard.chart.reports", reportsChart),
                panel("dashboard.chart.matters", mattersChart),
                panel("dashboard.chart.sites", sitesChart));
        addClassName("ht-dash-charts");
    }

    private Div panel(String titleKey, EChart chart, Component... besideTitle) {
        return DashboardView.panelTitled(getTranslation(titleKey), chart, besideTitle);
    }

    /** Draws the four charts of a loaded dashboard (area and month as the view shows them). */
    void show(Dashboard d) {
        shown = d;
        renderCoverage(d);
        renderReports(d);
        renderMatters(d);
        renderSites(d.figures());
    }

    private void renderCoverage(Dashboard d) {
        String kind = rateKind.getValue() == null ? "entity" : rateKind.getValue();
        List<AreaLine> sorted = d.areas().stream()
                .sorted(Comparator.comparing((AreaLine a) -> rateOf(a, kind).fraction() == null ? -1 : rateOf(a, kind).fraction())
                        .reversed())
                .toList();
        List<Object> data = new ArrayList<>();
        for (AreaLine a : sorted) {
            BigDecimal pct = rateOf(a, kind).percent();
            data.add(EChart.map("value", pct == null ? 0 : pct, "id", a.town() ? String.valueOf(a.id()) : ""));
        }
        DashboardFigures f = d.figures();
        Rate whole = switch (kind) {
            case "functional" -> f.functionalBranches();
            case "committee" -> f.committees();
            case "grid" -> f.gridCoverage();
            default -> f.entityBranches();
        };
        String averageLabel = getTranslation(f.townId() == null ? "dashboard.chart.cityAverage" : "dashboard.chart.townAverage");
        BigDecimal average = whole.percent();
        Map<String, Object> series = EChart.map("name", getTranslation("dashboard.card." + kind), "type", "bar",
                "data", data, "barMaxWidth", 28,
                "itemStyle", EChart.map("color", "#c8374f", "borderRadius", List.of(4, 4, 0, 0)),
                "label", EChart.map("show", sorted.size() <= 16, "position", "top", "formatter", "{c}", "fontSize", 10,
                        "color", "#9e2338"),
                "markLine", average == null ? null : EChart.map("symbol", "none", "silent", true,
                        "lineStyle", EChart.map("color", "#5b6b7f", "type", "dashed", "width", 1.5),
                        "label", EChart.map("formatter", averageLabel + "\n{c}%", "position", "end", "color", "#5b6b7f",
                                "fontSize", 11, "lineHeight", 14),
                        "data", List.of(EChart.map("yAxis", average))));
        coverageChart.setOption(EChart.map(
                "color", EChart.PALETTE,
                // the average's label sits right of the plot (not over the bars' value labels): room for it
                "grid", EChart.map("left", 40, "right", average == null ? 16 : 64, "top", 24, "bottom", 70),
                "tooltip", EChart.map("trigger", "axis", "axisPointer", EChart.map("type", "shadow"),
                        "formatter", "{b}<br/>{a0}：{c0}%"),
                "xAxis", EChart.map("type", "category", "data", sorted.stream().map(AreaLine::name).toList(),
                        "axisLabel", EChart.map("rotate", 35, "interval", 0, "fontSize", 11)),
                "yAxis", EChart.map("type", "value", "max", 100, "axisLabel", EChart.map("formatter", "{value}%"),
                        "splitLine", EChart.map("lineStyle", EChart.map("color", "#f0e4e6"))),
                "series", List.of(series)));
    }

    private static Rate rateOf(AreaLine a, String kind) {
        return switch (kind) {
            case "functional" -> a.functionalBranches();
            case "committee" -> a.committees();
            case "grid" -> a.gridCoverage();
            default -> a.entityBranches();
        };
    }

    private void renderReports(Dashboard d) {
        List<AreaLine> sorted = d.areas().stream()
                .sorted(Comparator.comparingLong((AreaLine a) -> a.members() + a.volunteers()).reversed()).toList();
        List<String> names = sorted.stream().map(AreaLine::name).toList();
        List<Object> members = sorted.stream().map(a -> (Object) EChart.map("value", a.members(), "id",
                a.town() ? String.valueOf(a.id()) : "")).toList();
        List<Object> volunteers = sorted.stream().map(a -> (Object) EChart.map("value", a.volunteers(), "id",
                a.town() ? String.valueOf(a.id()) : "")).toList();
        reportsChart.setOption(EChart.map(
                "color", List.of("#c8374f", "#f2b8c2"),
                "grid", EChart.map("left", 56, "right", 16, "top", 36, "bottom", 70),
                "legend", EChart.map("top", 0),
                "tooltip", EChart.map("trigger", "axis", "axisPointer", EChart.map("type", "shadow")),
                "xAxis", EChart.map("type", "category", "data", names,
                        "axisLabel", EChart.map("rotate", 35, "interval", 0, "fontSize", 11)),
                "yAxis", EChart.map("type", "value", "splitLine", EChart.map("lineStyle", EChart.map("color", "#f0e4e6"))),
                "series", List.of(
                        EChart.map("name", getTranslation("dashboard.card.members"), "type", "bar", "stack", "r",
                                "barMaxWidth", 28, "data", members),
                        EChart.map("name", getTranslation("dashboard.card.volunteers"), "type", "bar", "stack", "r",
                                "barMaxWidth", 28, "data", volunteers,
                                "itemStyle", EChart.map("borderRadius", List.of(4, 4, 0, 0))))));
    }

    private void renderMatters(Dashboard d) {
        TreeSet<YearMonth> months = new TreeSet<>();
        YearMonth last = YearMonth.now(Formats.ZONE);
        for (int i = DashboardService.MATTER_MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        d.mattersPerMonth().forEach(m -> months.add(m.month()));
        List<YearMonth> axis = List.copyOf(months);
        List<Object> series = new ArrayList<>();
        String[] colors = {"#f2b8c2", "#e8899a", "#d9a441", "#b35c70", "#7a9a8a", "#c8374f", "#5b6b7f"};
        for (MatterState state : MatterState.values()) {
            Map<YearMonth, Long> counts = new LinkedHashMap<>();
            for (MonthStateCount c : d.mattersPerMonth()) {
                if (c.state() == state) {
                    counts.put(c.month(), c.matters());
                }
            }
            if (counts.isEmpty()) {
                continue;
            }
            series.add(EChart.map("name", getTranslation(state.messageKey()), "type", "line", "smooth", true,
                    "symbolSize", 6, "itemStyle", EChart.map("color", colors[state.ordinal()]),
                    "lineStyle", EChart.map("width", state.isOpen() ? 1.5 : 2.5),
                    "data", axis.stream().map(m -> counts.getOrDefault(m, 0L)).toList()));
        }
        mattersChart.setOption(EChart.map(
                "grid", EChart.map("left", 40, "right", 16, "top", 56, "bottom", 28),
                // seven states: small markers and gaps so they fit one line on a half-width card (scrolls when not)
                "legend", EChart.map("top", 0, "type", "scroll", "itemWidth", 14, "itemHeight", 8, "itemGap", 6,
                        "textStyle", EChart.map("fontSize", 11)),
                "tooltip", EChart.map("trigger", "axis"),
                "xAxis", EChart.map("type", "category", "boundaryGap", false,
                        "data", axis.stream().map(m -> getTranslation("dashboard.chart.month", m.getYear(),
                                m.getMonthValue())).toList()),
                "yAxis", EChart.map("type", "value", "minInterval", 1,
                        "splitLine", EChart.map("lineStyle", EChart.map("color", "#f0e4e6"))),
                "series", series));
    }

    private void renderSites(DashboardFigures f) {
        List<Object> data = new ArrayList<>();
        String[] colors = {"#9e2338", "#c8374f", "#f2b8c2"};
        int i = 0;
        for (Level level : List.of(Level.PROVINCIAL, Level.SUZHOU, Level.CITY)) {
            data.add(EChart.map("name", getTranslation("dashboard.level." + level.name()), "value", f.sites(level),
                    "itemStyle", EChart.map("color", colors[i++])));
        }
        sitesChart.setOption(EChart.map(
                "tooltip", EChart.map("trigger", "item", "formatter", "{b}：{c}（{d}%）"),
                "legend", EChart.map("bottom", 0),
                "title", EChart.map("text", String.valueOf(f.sitesTotal()), "subtext", getTranslation("dashboard.chart.sitesTotal"),
                        "left", "center", "top", "38%", "textStyle", EChart.map("fontSize", 28, "color", "#9e2338"),
                        "subtextStyle", EChart.map("color", "#5b6b7f")),
                "series", List.of(EChart.map("name", getTranslation("dashboard.chart.sites"), "type", "pie",
                        "radius", List.of("48%", "72%"), "center", List.of("50%", "48%"),
                        "itemStyle", EChart.map("borderColor", "#fff", "borderWidth", 2),
                        "label", EChart.map("formatter", "{b}\n{c}", "fontSize", 13),
                        "data", data))));
    }
}
