package cn.haitang.console.dashboard;

import cn.haitang.console.accreditation.Level;
import cn.haitang.console.base.excel.ExcelWriter;
import cn.haitang.console.base.figures.DashboardSection;
import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.pairing.PairingFigures;
import java.io.IOException;
import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The monthly report as a workbook: a summary sheet with the headline figures (and the city average
 * for a town), then one sheet per area of work (structure, 共驻共建, demonstration sites) with one row
 * per town/street (or community) and a total row. Chinese headers, percentages as percentages.
 */
final class MonthlyReport {

    private static final byte[] HAITANG = {(byte) 0xc8, 0x37, 0x4f};

    private final Dashboard dashboard;
    private final YearMonth month;
    private final Locale locale;
    private final XSSFWorkbook book = new XSSFWorkbook();
    private final CellStyle title;
    private final CellStyle header;
    private final CellStyle text;
    private final CellStyle number;
    private final CellStyle percent;
    private final CellStyle totalText;
    private final CellStyle totalNumber;
    private final CellStyle totalPercent;

    MonthlyReport(Dashboard dashboard, YearMonth month, Locale locale) {
        this.dashboard = dashboard;
        this.month = month;
        this.locale = locale;
        Font titleFont = book.createFont();
        titleFont.setBold(true);
        titleFont.setFontHeightInPoints((short) 14);
        title = book.createCellStyle();
        title.setFont(titleFont);
        Font headerFont = book.createFont();
        headerFont.setBold(true);
        headerFont.setColor(IndexedColors.WHITE.getIndex());
        XSSFCellStyle h = book.createCellStyle();
        h.setFont(headerFont);
        h.setFillForegroundColor(new XSSFColor(HAITANG, null));
        h.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        h.setAlignment(HorizontalAlignment.CENTER);
        h.setWrapText(true);
        bordered(h);
        header = h;
        text = bordered(book.createCellStyle());
        number = bordered(book.createCellStyle());
        number.setDataFormat(book.createDataFormat().getFormat("#,##0"));
        percent = bordered(book.createCellStyle());
        percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
        Font bold = book.createFont();
        bold.setBold(true);
        totalText = bordered(book.createCellStyle());
        totalText.setFont(bold);
        totalNumber = bordered(book.createCellStyle());
        totalNumber.cloneStyleFrom(number);
        totalNumber.setFont(bold);
        totalPercent = bordered(book.createCellStyle());
        totalPercent.cloneStyleFrom(percent);
        totalPercent.setFont(bold);
    }

    void write(OutputStream out, List<DashboardSection> sections, @Nullable Long townId) throws IOException {
        try (book) {
            summary();
            structure();
            pairing();
            sites();
            // the features' own sheets (service circle, funds, deliberation, …) stream after the built-in ones
            try (ExcelWriter writer = ExcelWriter.continuing(book, locale)) {
                for (DashboardSection section : sections) {
                    section.writeMonthlySheet(writer, month, townId);
                }
                writer.write(out);
            }
        }
    }

    private void summary() {
        DashboardFigures f = dashboard.figures();
        boolean town = f.city() != null;
        Sheet sheet = book.createSheet(t("dashboard.report.sheet.summary"));
        titleRow(sheet, 3);
        Row head = sheet.createRow(2);
        head(head, 0, "dashboard.report.figure");
        head(head, 1, "dashboard.report.value");
        if (town) {
            head(head, 2, "dashboard.report.cityAverage");
        }
        PairingFigures p = f.pairing();
        int[] r = {3};
        CityAverage city = f.city();
        summaryLine(sheet, r, "dashboard.card.compounds", f.compounds(), null);
        summaryRate(sheet, r, "dashboard.card.entity", f.entityBranches(), city == null ? null : city.entityBranches());
        summaryRate(sheet, r, "dashboard.card.functional", f.functionalBranches(),
                city == null ? null : city.functionalBranches());
        summaryRate(sheet, r, "dashboard.card.committee", f.committees(), city == null ? null : city.committees());
        summaryRate(sheet, r, "dashboard.card.grid", f.gridCoverage(), city == null ? null : city.gridCoverage());
        summaryLine(sheet, r, "dashboard.report.centralHouseholds", f.centralHouseholds(), null);
        summaryLine(sheet, r, "dashboard.report.linkedHouseholds", f.linkedHouseholds(), null);
        summaryLine(sheet, r, "dashboard.report.institutions", p.institutions(), null);
        summaryLine(sheet, r, "dashboard.report.institutionsPaired", p.institutionsPaired(), null);
        summaryLine(sheet, r, "dashboard.report.communitiesPaired", p.communitiesPaired(), null);
        summaryLine(sheet, r, "dashboard.report.activities", p.activitiesThisMonth(), null);
        summaryLine(sheet, r, "dashboard.report.serviceDaysHeld", p.serviceDaysHeld(), null);
        summaryLine(sheet, r, "dashboard.card.members", p.members(), null);
        summaryLine(sheet, r, "dashboard.card.volunteers", p.volunteers(), null);
        summaryLine(sheet, r, "dashboard.report.mattersPublished", p.mattersPublished(), null);
        summaryLine(sheet, r, "dashboard.report.mattersResolved", p.mattersResolved(), null);
        summaryLine(sheet, r, "dashboard.report.mattersOpen", p.mattersOpen(), null);
        for (Level level : List.of(Level.PROVINCIAL, Level.SUZHOU, Level.CITY)) {
            summaryLine(sheet, r, "dashboard.report.sites." + level.name(), f.sites(level), null);
        }
        summaryLine(sheet, r, "dashboard.report.sitesDue", f.sitesDueForReview(), null);
        Row note = sheet.createRow(r[0] + 1);
        note.createCell(0).setCellValue(t(f.asOf() == null ? "dashboard.report.note.current" : "dashboard.report.note.asOf",
                String.valueOf(f.asOf())));
        sheet.setColumnWidth(0, 32 * 256);
        sheet.setColumnWidth(1, 16 * 256);
        sheet.setColumnWidth(2, 16 * 256);
    }

    private void summaryLine(Sheet sheet, int[] r, String key, long value, @Nullable Long city) {
        Row row = sheet.createRow(r[0]++);
        cell(row, 0, t(key), text);
        cell(row, 1, value, number);
    }

    private void summaryRate(Sheet sheet, int[] r, String key, Rate rate, @Nullable Rate city) {
        Row row = sheet.createRow(r[0]++);
        cell(row, 0, t(key), text);
        cell(row, 1, rate.fraction(), percent);
        if (city != null) {
            cell(row, 2, city.fraction(), percent);
        }
    }

    private void structure() {
        Sheet sheet = book.createSheet(t("dashboard.report.sheet.structure"));
        String[] keys = {"dashboard.report.area", "dashboard.card.compounds", "dashboard.report.entityBranches",
                "dashboard.card.entity", "dashboard.report.functionalBranches", "dashboard.card.functional",
                "dashboard.report.committeeRequired", "dashboard.report.committeeFormed", "dashboard.card.committee",
                "dashboard.report.microGrids", "dashboard.report.gridGroups", "dashboard.card.grid"};
        table(sheet, keys, (row, a, style) -> {
            cell(row, 1, a.compounds(), style.number);
            cell(row, 2, a.entityBranches().numerator(), style.number);
            cell(row, 3, a.entityBranches().fraction(), style.percent);
            cell(row, 4, a.functionalBranches().numerator(), style.number);
            cell(row, 5, a.functionalBranches().fraction(), style.percent);
            cell(row, 6, a.committees().denominator(), style.number);
            cell(row, 7, a.committees().numerator(), style.number);
            cell(row, 8, a.committees().fraction(), style.percent);
            cell(row, 9, a.gridCoverage().denominator(), style.number);
            cell(row, 10, a.gridCoverage().numerator(), style.number);
            cell(row, 11, a.gridCoverage().fraction(), style.percent);
        }, totalOf(f -> new AreaLine(0, t("dashboard.report.total"), false, f.compounds(), f.entityBranches(),
                f.functionalBranches(), f.gridCoverage(), f.committees(), 0, 0, 0, 0, 0, 0, 0, 0)));
    }

    private void pairing() {
        Sheet sheet = book.createSheet(t("dashboard.report.sheet.pairing"));
        String[] keys = {"dashboard.report.area", "dashboard.report.institutionsPaired", "dashboard.report.communities",
                "dashboard.report.communitiesPaired", "dashboard.report.communitiesPairedRate", "dashboard.card.members",
                "dashboard.card.volunteers"};
        PairingFigures p = dashboard.figures().pairing();
        table(sheet, keys, (row, a, style) -> {
            cell(row, 1, a.institutionsPaired(), style.number);
            cell(row, 2, a.communities(), style.number);
            cell(row, 3, a.communitiesPaired(), style.number);
            cell(row, 4, new Rate(a.communitiesPaired(), a.communities()).fraction(), style.percent);
            cell(row, 5, a.members(), style.number);
            cell(row, 6, a.volunteers(), style.number);
        }, totalOf(f -> new AreaLine(0, t("dashboard.report.total"), false, 0, f.entityBranches(), f.functionalBranches(),
                f.gridCoverage(), f.committees(), p.institutionsPaired(), p.communities(), p.communitiesPaired(),
                p.members(), p.volunteers(), 0, 0, 0)));
    }

    private void sites() {
        Sheet sheet = book.createSheet(t("dashboard.report.sheet.sites"));
        String[] keys = {"dashboard.report.area", "dashboard.report.sites.PROVINCIAL", "dashboard.report.sites.SUZHOU",
                "dashboard.report.sites.CITY", "dashboard.report.sitesTotal"};
        table(sheet, keys, (row, a, style) -> {
            cell(row, 1, a.provincialSites(), style.number);
            cell(row, 2, a.suzhouSites(), style.number);
            cell(row, 3, a.citySites(), style.number);
            cell(row, 4, a.sitesTotal(), style.number);
        }, totalOf(f -> new AreaLine(0, t("dashboard.report.total"), false, 0, f.entityBranches(), f.functionalBranches(),
                f.gridCoverage(), f.committees(), 0, 0, 0, 0, 0, f.sites(Level.PROVINCIAL), f.sites(Level.SUZHOU),
                f.sites(Level.CITY))));
    }

    private record Styles(CellStyle text, CellStyle number, CellStyle percent) {
    }

    @FunctionalInterface
    private interface Columns {
        void fill(Row row, AreaLine area, Styles styles);
    }

    private AreaLine totalOf(java.util.function.Function<DashboardFigures, AreaLine> total) {
        return total.apply(dashboard.figures());
    }

    private void table(Sheet sheet, String[] keys, Columns columns, AreaLine total) {
        titleRow(sheet, keys.length);
        Row head = sheet.createRow(2);
        head.setHeightInPoints(32);
        for (int i = 0; i < keys.length; i++) {
            head(head, i, keys[i]);
            sheet.setColumnWidth(i, (i == 0 ? 18 : 13) * 256);
        }
        int r = 3;
        Styles plain = new Styles(text, number, percent);
        for (AreaLine area : dashboard.areas()) {
            Row row = sheet.createRow(r++);
            cell(row, 0, area.name(), text);
            columns.fill(row, area, plain);
        }
        Row row = sheet.createRow(r);
        cell(row, 0, total.name(), totalText);
        columns.fill(row, total, new Styles(totalText, totalNumber, totalPercent));
        sheet.createFreezePane(1, 3);
    }

    private void titleRow(Sheet sheet, int columns) {
        DashboardFigures f = dashboard.figures();
        String area = f.townId() == null ? t("dashboard.city") : f.areaName();
        Row row = sheet.createRow(0);
        row.setHeightInPoints(22);
        cell(row, 0, t("dashboard.report.title", area, month.toString()), title);
        if (columns > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, columns - 1));
        }
    }

    private void head(Row row, int column, String key) {
        cell(row, column, t(key), header);
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void cell(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(style);
    }

    private static void cell(Row row, int column, @Nullable Double value, CellStyle style) {
        Cell cell = row.createCell(column);
        if (value != null) {
            cell.setCellValue(value);
        }
        cell.setCellStyle(style);
    }

    private static CellStyle bordered(CellStyle style) {
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }

    private String t(String key, Object... args) {
        return Translations.translate(key, locale, args);
    }
}
