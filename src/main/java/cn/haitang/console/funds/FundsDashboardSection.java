package cn.haitang.console.funds;

import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.figures.SectionFigures;
import cn.haitang.console.base.i18n.Translations;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The funds' part of the dashboard and the monthly report: money raised, held and granted; projects by state. */
@Component
class FundsDashboardSection implements DashboardSection {

    private final FundsFiguresService figures;

    FundsDashboardSection(FundsFiguresService figures) {
        this.figures = figures;
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public String titleKey() {
        return "funds.dashboard.title";
    }

    @Override
    public SectionFigures figures(@Nullable YearMonth asOf, @Nullable Long townId, Locale locale) {
        CityFigures f = figures.figures(asOf, townId);
        List<SectionFigures.FigureCard> cards = new java.util.ArrayList<>();
        if (f.cityBalance() != null) {
            cards.add(new SectionFigures.FigureCard("funds-city-balance", t(locale, "funds.dashboard.cityBalance"),
                    money(f.cityBalance()), null));
        }
        cards.add(new SectionFigures.FigureCard("funds-raised", t(locale, "funds.dashboard.raised"), money(f.raised()),
                t(locale, "funds.dashboard.funds", f.communityFunds())));
        cards.add(new SectionFigures.FigureCard("funds-balance", t(locale, "funds.dashboard.balance"), money(f.balance()), null));
        cards.add(new SectionFigures.FigureCard("funds-granted", t(locale, "funds.dashboard.granted"), money(f.granted()),
                t(locale, "funds.dashboard.spent", money(f.projectSpent()))));
        long awarded = f.projects().stream().filter(s -> s.state() != ProjectState.SUBMITTED && s.state() != ProjectState.NOT_AWARDED)
                .mapToLong(StateCount::projects).sum();
        cards.add(new SectionFigures.FigureCard("funds-projects", t(locale, "funds.dashboard.projects"), String.valueOf(awarded), null));
        Map<String, Object> chart = Map.of(
                "tooltip", Map.of("trigger", "item"),
                "xAxis", Map.of("type", "category", "data", f.projects().stream().map(s -> t(locale, "funds.state." + s.state())).toList()),
                "yAxis", Map.of("type", "value"),
                "series", List.of(Map.of("type", "bar", "data", f.projects().stream().map(StateCount::projects).toList())));
        List<SectionFigures.Line> lines = f.areas().stream().map(a -> new SectionFigures.Line(a.areaId(), a.areaName(),
                townId == null, List.of(String.valueOf(a.funds()), money(a.raised()), money(a.balance()),
                String.valueOf(a.awarded()), money(a.granted())))).toList();
        SectionFigures.Breakdown breakdown = new SectionFigures.Breakdown(List.of(t(locale, "funds.dashboard.col.funds"),
                t(locale, "funds.dashboard.raised"), t(locale, "funds.dashboard.balance"), t(locale, "funds.dashboard.col.awarded"),
                t(locale, "funds.dashboard.granted")), lines);
        return new SectionFigures(cards, chart, t(locale, "funds.dashboard.chart"), breakdown);
    }

    @Override
    public void writeMonthlySheet(ExcelWriter workbook, YearMonth month, @Nullable Long townId) {
        CityFigures f = figures.figures(month, townId);
        ExcelWriter.SheetWriter sheet = workbook.sheetOfKeys("funds.dashboard.sheet", "funds.dashboard.col.area",
                "funds.dashboard.col.funds", "funds.dashboard.raised", "funds.dashboard.col.spent", "funds.dashboard.balance",
                "funds.dashboard.col.awarded", "funds.dashboard.granted");
        for (AreaFigures a : f.areas()) {
            sheet.row(a.areaName(), a.funds(), a.raised(), a.spent(), a.balance(), a.awarded(), a.granted());
        }
        if (f.cityBalance() != null) {
            sheet.footer(workbook.t("funds.dashboard.cityBalance") + " " + money(f.cityBalance()));
        }
    }

    private static String t(Locale locale, String key, Object... args) {
        return Translations.translate(key, locale, args);
    }

    private static String money(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }
}
