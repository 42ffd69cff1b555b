package cn.haitang.console.pairing;

import cn.haitang.console.base.i18n.Translations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming Excel sheet with translated headers and date styles. Left only for the report import's
 * template and error report ({@link ReportingService#template}, {@link ReportingService#errorReport}),
 * which the shared streaming import (issue 13) replaces; every export writes with
 * {@link cn.haitang.console.base.excel.ExcelWriter}. Delete this class with them.
 */
final class Sheets implements AutoCloseable {

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final Sheet sheet;
    private final CellStyle dateStyle;
    private final CellStyle percentStyle;
    private final Locale locale;
    private int rowIndex;

    Sheets(String sheetKey, Locale locale, String... headerKeys) {
        this.locale = locale;
        sheet = workbook.createSheet(Translations.translate(sheetKey, locale));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        percentStyle = workbook.createCellStyle();
        percentStyle.setDataFormat(workbook.createDataFormat().getFormat("0.0%"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row header = sheet.createRow(rowIndex++);
        for (int i = 0; i < headerKeys.length; i++) {
            header.createCell(i).setCellValue(Translations.translate(headerKeys[i], locale));
            header.getCell(i).setCellStyle(headerStyle);
            sheet.setColumnWidth(i, 16 * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    String t(String key) {
        return Translations.translate(key, locale);
    }

    /** Appends a row: Strings, Numbers, LocalDates, {@link Percent}s; null leaves the cell empty. */
    void row(Object... values) {
        Row row = sheet.createRow(rowIndex++);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == null) {
                continue;
            }
            var cell = row.createCell(i);
            if (v instanceof Percent p) {
                cell.setCellValue(p.value());
                cell.setCellStyle(percentStyle);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(dateStyle);
            } else {
                cell.setCellValue(v.toString());
            }
        }
    }

    int rows() {
        return rowIndex - 1;
    }

    void writeTo(OutputStream out) {
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

    record Percent(double value) {
    }
}
