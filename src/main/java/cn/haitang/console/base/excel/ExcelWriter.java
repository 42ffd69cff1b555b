package cn.haitang.console.base.excel;

import cn.haitang.console.base.i18n.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * The one Excel writer of the console: a streaming workbook (SXSSF keeps 200 rows in memory, the rest
 * goes to a temporary file), so an export of 400,000 rows takes no more heap than one of 40. Headers are
 * bold and frozen; values keep their types: numbers as numbers, {@link BigDecimal} as yuan with two
 * decimals, {@link Percent} as a percentage, dates as Excel dates; text is always a text cell (a name
 * starting with "=" stays text, never a formula).
 */
public final class ExcelWriter implements AutoCloseable {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** A value Excel should show as a percentage; {@code fraction} 0.9209 shows as 92.09%. */
    public record Percent(double fraction) {
        public static Percent of(long numerator, long denominator) {
            return new Percent(denominator == 0 ? 0 : (double) numerator / denominator);
        }
    }

    private final SXSSFWorkbook workbook;
    private final Locale locale;
    private final CellStyle bold;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final CellStyle money;
    private final CellStyle percent;
    private final CellStyle integer;

    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    private final List<SheetWriter> sheets = new java.util.ArrayList<>();

    public ExcelWriter(Locale locale) {
        this(locale, new SXSSFWorkbook(200));
    }

    /**
     * Continues a workbook whose first sheets were built in memory with their own styles (the monthly
     * report's summary): the sheets added here stream like any other.
     */
    public static ExcelWriter continuing(org.apache.poi.xssf.usermodel.XSSFWorkbook built, Locale locale) {
        return new ExcelWriter(locale, new SXSSFWorkbook(built, 200));
    }

    private ExcelWriter(Locale locale, SXSSFWorkbook workbook) {
        this.locale = locale;
        this.workbook = workbook;
        workbook.setCompressTempFiles(true);
        bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        date = format("yyyy-mm-dd");
        dateTime = format("yyyy-mm-dd hh:mm");
        money = format("#,##0.00");
        percent = format("0.00%");
        integer = format("0");
    }

    private CellStyle format(String pattern) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(pattern));
        return style;
    }

    /** A translation in the workbook's language. */
    public String t(String key, Object... args) {
        return Translations.translate(key, locale, args);
    }

    public Locale locale() {
        return locale;
    }

    /** A new sheet with these header texts (already translated). */
    public SheetWriter sheet(String name, List<String> headers) {
        Sheet sheet = workbook.createSheet(safeSheetName(name));
        SheetWriter writer = new SheetWriter(sheet);
        if (!headers.isEmpty()) {
            Row row = sheet.createRow(writer.next++);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = row.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(i, Math.min(60, Math.max(12, headers.get(i).length() * 3 + 4)) * 256);
            }
            sheet.createFreezePane(0, 1);
        }
        return writer;
    }

    /** A new sheet whose name and headers are message keys. */
    public SheetWriter sheetOfKeys(String nameKey, String... headerKeys) {
        return sheet(t(nameKey), java.util.Arrays.stream(headerKeys).map(this::t).toList());
    }

    /** Writes the workbook; every sheet ends with who exported it and when (a file that travels says where from). */
    public void write(OutputStream out) {
        String exportedBy = t("excel.footer.exportedBy", currentUsername(),
                LocalDateTime.now(CHINA).format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        sheets.forEach(sheet -> sheet.footer(exportedBy));
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether a first cell is the "exported by" line every sheet ends with: a reader of our own files skips it. */
    public static boolean isExportedByLine(@Nullable String firstCell) {
        if (firstCell == null) {
            return false;
        }
        String text = firstCell.strip();
        return text.startsWith("导出人：") || text.startsWith("Exported by ");
    }

    private static String currentUsername() {
        var auth = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "system" : auth.getName();
    }

    private static String safeSheetName(String name) {
        String cleaned = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
        return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
    }

    /** Rows of one sheet, appended in order. */
    public final class SheetWriter {

        private final Sheet sheet;
        private int next;
        private int footerLines;

        private SheetWriter(Sheet sheet) {
            this.sheet = sheet;
            sheets.add(this);
        }

        /** Appends a row; null leaves its cell empty. */
        public SheetWriter row(@Nullable Object... values) {
            Row row = sheet.createRow(next++);
            for (int i = 0; i < values.length; i++) {
                Object value = values[i];
                if (value == null) {
                    continue;
                }
                Cell cell = row.createCell(i);
                switch (value) {
                    case Percent p -> {
                        cell.setCellValue(p.fraction());
                        cell.setCellStyle(percent);
                    }
                    case BigDecimal amount -> {
                        cell.setCellValue(amount.doubleValue());
                        cell.setCellStyle(money);
                    }
                    case Integer n -> {
                        cell.setCellValue(n);
                        cell.setCellStyle(integer);
                    }
                    case Long n -> {
                        cell.setCellValue(n);
                        cell.setCellStyle(integer);
                    }
                    case Number n -> cell.setCellValue(n.doubleValue());
                    case LocalDate d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(date);
                    }
                    case LocalDateTime d -> {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateTime);
                    }
                    case Boolean b -> cell.setCellValue(t(b ? "common.yes" : "common.no"));
                    default -> cell.setCellValue(value.toString());
                }
            }
            return this;
        }

        /** A line of text below the table (a note, who exported it and when), after one empty row. */
        public SheetWriter footer(String text) {
            if (footerLines == 0) {
                next++;
                footerLines++;
            }
            sheet.createRow(next++).createCell(0).setCellValue(text);
            footerLines++;
            return this;
        }

        /** The data rows written so far (without the header and the lines below the table). */
        public int rows() {
            return Math.max(0, next - 1 - footerLines);
        }

        public void columnWidth(int column, int characters) {
            sheet.setColumnWidth(column, characters * 256);
        }
    }
}
