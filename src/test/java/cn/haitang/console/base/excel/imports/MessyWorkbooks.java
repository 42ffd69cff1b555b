package cn.haitang.console.base.excel.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CreationHelper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/** Builds workbooks the way towns keep them (titles, merged cells, hidden sheets, dates as cells), for import tests. */
public final class MessyWorkbooks {

    private MessyWorkbooks() {
    }

    /** A merged title row over the table's width, then rows of values (String, Number, LocalDate, null). */
    public static void titled(Sheet sheet, String title, int width, List<? extends List<?>> rows) {
        Row head = sheet.createRow(0);
        head.createCell(0).setCellValue(title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, width - 1));
        fill(sheet, 1, rows);
    }

    public static void fill(Sheet sheet, int firstRow, List<? extends List<?>> rows) {
        Workbook book = sheet.getWorkbook();
        CreationHelper helper = book.getCreationHelper();
        CellStyle date = book.createCellStyle();
        date.setDataFormat(helper.createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
        int r = firstRow;
        for (List<?> values : rows) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null) {
                    continue;
                }
                switch (v) {
                    case Number n -> row.createCell(c).setCellValue(n.doubleValue());
                    case LocalDate d -> {
                        row.createCell(c).setCellValue(d);
                        row.getCell(c).setCellStyle(date);
                    }
                    default -> row.createCell(c).setCellValue(v.toString());
                }
            }
        }
    }

    public static byte[] bytes(Workbook book) {
        try (book; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path file(byte[] bytes, String suffix) {
        try {
            Path path = Files.createTempFile("messy-", suffix);
            Files.write(path, bytes);
            path.toFile().deleteOnExit();
            return path;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
