package cn.haitang.console.deliberation;

import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.base.i18n.Translations;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Deliberation on the dashboard and in the monthly report: sessions held, topics raised and the share resolved,
 * matters sent to the board, overdue topics, consultations open and closed, votes passed and failed; a chart of
 * sessions and topics by area, and the same figures by town/street or community.
 */
@Component
class DeliberationDashboard implements DashboardSection {

    private static final String[] COLUMNS = {"delib.figures.sessions", "delib.figures.topics", "delib.figures.resolvedShare",
            "delib.figures.toBoard", "delib.figures.overdue", "delib.figures.consultationsOpen",
            "delib.figures.consultationsClosed", "delib.figures.votesPassed", "delib.figures.votesFailed"};

    private final DeliberationFiguresService figures;

    DeliberationDashboard(DeliberationFiguresService figures) {
        this.figures = figures;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "delib.figures.title";
    }

    @Override
    public SectionFigures figures(@Nullable YearMonth asOf, @Nullable Long townId, Locale locale) {
        List<DeliberationFiguresService.AreaFigures> lines = figures.byArea(asOf, townId);
        DeliberationFigures total = figures.total(lines);
        List<SectionFigures.FigureCard> cards = List.of(
                card("delib-sessions", "delib.figures.sessions", total.sessions(), locale, null),
                card("delib-topics", "delib.figures.topics", total.topics(), locale,
                        Translations.translate("delib.figures.resolvedDetail", locale, share(total.resolvedTopics(), total.topics()))),
                card("delib-board", "delib.figures.toBoard", total.sentToBoard(), locale, null),
                card("delib-overdue", "delib.figures.overdue", total.overdueTopics(), locale, null),
                card("delib-consultations", "delib.figures.consultationsOpen", total.consultationsOpen(), locale,
                        Translations.translate("delib.figures.closedDetail", locale, total.consultationsClosed())),
                card("delib-votes", "delib.figures.votesPassed", total.votesPassed(), locale,
                        Translations.translate("delib.figures.failedDetail", locale, total.votesFailed())));
        List<String> columns = new ArrayList<>();
        for (String c : COLUMNS) {
            columns.add(Translations.translate(c, locale));
        }
        List<SectionFigures.Line> breakdown = lines.stream().map(l -> new SectionFigures.Line(l.areaId(), l.areaName(),
                l.town(), values(l.figures()))).toList();
        return new SectionFigures(cards, chart(lines, locale), Translations.translate("delib.figures.chart", locale),
                new SectionFigures.Breakdown(columns, breakdown));
    }

    private static SectionFigures.FigureCard card(String id, String key, long value, Locale locale, @Nullable String detail) {
        return new SectionFigures.FigureCard(id, Translations.translate(key, locale), String.valueOf(value), detail);
    }

    private static String share(long part, long whole) {
        return Article278.percent(part, whole).stripTrailingZeros().toPlainString() + "%";
    }

    private static List<String> values(DeliberationFigures f) {
        return List.of(String.valueOf(f.sessions()), String.valueOf(f.topics()), share(f.resolvedTopics(), f.topics()),
                String.valueOf(f.sentToBoard()), String.valueOf(f.overdueTopics()), String.valueOf(f.consultationsOpen()),
                String.valueOf(f.consultationsClosed()), String.valueOf(f.votesPassed()), String.valueOf(f.votesFailed()));
    }

    /** A bar chart of sessions and topics by area; a town's bars drill down at city level. */
    private static Map<String, Object> chart(List<DeliberationFiguresService.AreaFigures> lines, Locale locale) {
        List<Object> sessions = new ArrayList<>();
        List<Object> topics = new ArrayList<>();
        for (DeliberationFiguresService.AreaFigures l : lines) {
            sessions.add(item(l, l.figures().sessions()));
            topics.add(item(l, l.figures().topics()));
        }
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("tooltip", Map.of("trigger", "axis"));
        option.put("legend", Map.of("top", 0));
        option.put("grid", Map.of("left", 40, "right", 16, "bottom", 60, "top", 36));
        option.put("xAxis", Map.of("type", "category", "data", lines.stream().map(DeliberationFiguresService.AreaFigures::areaName)
                .toList(), "axisLabel", Map.of("rotate", 40, "interval", 0)));
        option.put("yAxis", Map.of("type", "value"));
        option.put("series", List.of(
                Map.of("type", "bar", "name", Translations.translate("delib.figures.sessions", locale), "data", sessions),
                Map.of("type", "bar", "name", Translations.translate("delib.figures.topics", locale), "data", topics)));
        return option;
    }

    private static Map<String, Object> item(DeliberationFiguresService.AreaFigures line, long value) {
        return line.town() ? Map.of("value", value, "id", line.areaId()) : Map.of("value", value);
    }

    @Override
    public void writeMonthlySheet(ExcelWriter workbook, YearMonth month, @Nullable Long townId) {
        List<DeliberationFiguresService.AreaFigures> lines = figures.byArea(month, townId);
        List<String> headers = new ArrayList<>(List.of(workbook.t(townId == null ? "delib.town" : "delib.community"),
                workbook.t("delib.figures.sessionsInMonth")));
        for (String c : COLUMNS) {
            headers.add(workbook.t(c));
        }
        ExcelWriter.SheetWriter sheet = workbook.sheet(workbook.t("delib.figures.sheet"), headers);
        for (DeliberationFiguresService.AreaFigures l : lines) {
            row(sheet, l.areaName(), l.sessionsInMonth(), l.figures());
        }
        long inMonth = lines.stream().mapToLong(DeliberationFiguresService.AreaFigures::sessionsInMonth).sum();
        row(sheet, workbook.t("delib.figures.total"), inMonth, figures.total(lines));
    }

    private static void row(ExcelWriter.SheetWriter sheet, String name, long inMonth, DeliberationFigures f) {
        sheet.row(name, inMonth, f.sessions(), f.topics(), ExcelWriter.Percent.of(f.resolvedTopics(), f.topics()),
                f.sentToBoard(), f.overdueTopics(), f.consultationsOpen(), f.consultationsClosed(), f.votesPassed(),
                f.votesFailed());
    }
}
