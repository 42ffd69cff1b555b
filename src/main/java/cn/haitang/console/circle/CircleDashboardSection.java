package cn.haitang.console.circle;

import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.base.i18n.Translations;
import java.text.NumberFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The circle's part of the dashboard: scenes running, person-times of the month and the year, volunteer
 * hours, "一老一小一特" coverage and late-opening positions; a bar chart of the year's person-times by town
 * (click drills down) or by community; the breakdown; and a sheet of the monthly report. Read through
 * {@link CircleFiguresService}, which applies the caller's scope.
 */
@Component
class CircleDashboardSection implements DashboardSection {

    private final CircleFiguresService figures;

    CircleDashboardSection(CircleFiguresService figures) {
        this.figures = figures;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "circle.dashboard.title";
    }

    @Override
    public SectionFigures figures(@Nullable YearMonth asOf, @Nullable Long townId, Locale locale) {
        CircleFigures f = figures.figures(townId, asOf);
        List<CircleAreaLine> lines = figures.byArea(townId, asOf);
        NumberFormat n = NumberFormat.getIntegerInstance(locale);
        List<SectionFigures.FigureCard> cards = List.of(
                new SectionFigures.FigureCard("circle-scenes", t("circle.card.scenes", locale), n.format(f.scenesRunning()),
                        t("circle.card.scenes.detail", locale, n.format(f.scenes()))),
                new SectionFigures.FigureCard("circle-month", asOf == null ? t("circle.card.personTimesMonth", locale)
                        : t("circle.card.personTimesMonth.asOf", locale, asOf.toString()), n.format(f.personTimesMonth()), null),
                new SectionFigures.FigureCard("circle-year", t("circle.card.personTimesYear", locale),
                        n.format(f.personTimesYear()), t("circle.card.personTimesYear.detail", locale, n.format(f.sessionsYear()))),
                new SectionFigures.FigureCard("circle-hours", t("circle.card.volunteerHours", locale),
                        t("circle.card.volunteerHours.value", locale, f.volunteerHoursYear().toPlainString()), null),
                new SectionFigures.FigureCard("circle-groups", t("circle.card.groups", locale),
                        t("circle.card.groups.value", locale, f.elderlyCovered(), f.childrenCovered(), f.specialCovered()),
                        t("circle.card.groups.detail", locale, n.format(f.communities()))),
                new SectionFigures.FigureCard("circle-late", t("circle.card.late", locale), n.format(f.latePositions()),
                        t("circle.card.late.detail", locale, n.format(f.positions()), n.format(f.lentPositions()))));
        List<SectionFigures.Line> breakdown = lines.stream().map(l -> new SectionFigures.Line(l.areaId(), l.areaName(),
                l.town(), List.of(n.format(l.scenesRunning()), n.format(l.personTimesMonth()), n.format(l.personTimesYear()),
                        l.volunteerHoursYear().toPlainString(), n.format(l.latePositions())))).toList();
        List<String> columns = List.of(t("circle.breakdown.scenes", locale), t("circle.breakdown.personTimesMonth", locale),
                t("circle.breakdown.personTimesYear", locale), t("circle.breakdown.volunteerHours", locale),
                t("circle.breakdown.late", locale));
        return new SectionFigures(cards, chart(lines, t("circle.chart.byArea", locale)), t("circle.chart.byArea", locale),
                new SectionFigures.Breakdown(columns, breakdown));
    }

    /** A bar per area of the year's person-times; a town's bar carries its id, so a click drills down. */
    private static Map<String, Object> chart(List<CircleAreaLine> lines, String seriesName) {
        List<Object> data = new ArrayList<>();
        for (CircleAreaLine l : lines) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("value", l.personTimesYear());
            if (l.town()) {
                item.put("id", l.areaId());
            }
            data.add(item);
        }
        return map("color", List.of("#c8374f"),
                "grid", map("left", 56, "right", 16, "top", 24, "bottom", 70),
                "tooltip", map("trigger", "axis", "axisPointer", map("type", "shadow")),
                "xAxis", map("type", "category", "data", lines.stream().map(CircleAreaLine::areaName).toList(),
                        "axisLabel", map("rotate", 35, "interval", 0, "fontSize", 11)),
                "yAxis", map("type", "value", "splitLine", map("lineStyle", map("color", "#f0e4e6"))),
                "series", List.of(map("name", seriesName, "type", "bar", "data", data, "barMaxWidth", 28,
                        "itemStyle", map("borderRadius", List.of(4, 4, 0, 0)))));
    }

    @Override
    public void writeMonthlySheet(ExcelWriter workbook, YearMonth month, @Nullable Long townId) {
        CircleFigures f = figures.figures(townId, month);
        ExcelWriter.SheetWriter sheet = workbook.sheetOfKeys("circle.report.sheet", townId == null ? "circle.town"
                : "circle.community", "circle.breakdown.scenes", "circle.breakdown.personTimesMonth",
                "circle.breakdown.personTimesYear", "circle.breakdown.volunteerHours", "circle.breakdown.late");
        for (CircleAreaLine l : figures.byArea(townId, month)) {
            sheet.row(l.areaName(), l.scenesRunning(), l.personTimesMonth(), l.personTimesYear(),
                    l.volunteerHoursYear(), l.latePositions());
        }
        sheet.footer(workbook.t("circle.card.personTimesYear") + " " + f.personTimesYear() + " · "
                + workbook.t("circle.card.volunteerHours") + " " + f.volunteerHoursYear().toPlainString());
    }

    private static String t(String key, Locale locale, Object... args) {
        return Translations.translate(key, locale, args);
    }

    private static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
