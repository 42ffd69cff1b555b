package cn.haitang.console.governance.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Excel export of a list's current filter: Chinese headers from the bundle, rates as real percentages,
 * amounts as numbers, dates as yyyy-MM-dd; rows are streamed (SXSSF) page by page from SQL.
 */
final class ExcelExport {

    /** A value that Excel should show as a percentage (the value is a fraction). */
    record Percent(BigDecimal fraction) {
    }

    /** Receives the rows of the export one by one. */
    interface RowSink {
        void row(Object... values);
    }

    private ExcelExport() {
    }

    static void write(OutputStream out, String sheetName, List<String> headers, Consumer<RowSink> rows)
            throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle headerStyle = workbook.createCellStyle();
            var font = workbook.createFont();
            font.setBold(true);
            headerStyle.setFont(font);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(headerStyle);
                sheet.setColumnWidth(i, 18 * 256);
            }
            int[] next = {1};
            rows.accept(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.length; i++) {
                    Object value = values[i];
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    switch (value) {
                        case Percent p -> {
                            cell.setCellValue(p.fraction().doubleValue());
                            cell.setCellStyle(percent);
                        }
                        case BigDecimal amount -> {
                            cell.setCellValue(amount.doubleValue());
                            cell.setCellStyle(money);
                        }
                        case Number n -> cell.setCellValue(n.doubleValue());
                        case LocalDate d -> {
                            cell.setCellValue(d);
                            cell.setCellStyle(date);
                        }
                        default -> cell.setCellValue(value.toString());
                    }
                }
            });
            workbook.write(out);
            workbook.dispose();
        }
    }

    /** How many rows an export reads per query. */
    private static final int PAGE_SIZE = 500;

    /**
     * The rows of every page a paged query returns, read {@value #PAGE_SIZE} at a time until a short
     * page: {@code query} reads one page, {@code row} writes one item of it.
     */
    static <T> Consumer<RowSink> allPages(Function<Pageable, List<T>> query, BiConsumer<RowSink, T> row) {
        return sink -> {
            for (int page = 0; ; page++) {
                List<T> rows = query.apply(PageRequest.of(page, PAGE_SIZE, Sort.unsorted()));
                rows.forEach(item -> row.accept(sink, item));
                if (rows.size() < PAGE_SIZE) {
                    return;
                }
            }
        };
    }

    /** A download link whose file is written when clicked. */
    static Anchor link(Component owner, String fileName, Writer writer) {
        DownloadHandler handler = event -> {
            event.setFileName(fileName);
            event.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            try (OutputStream out = event.getOutputStream()) {
                writer.write(out);
            }
        };
        Anchor anchor = new Anchor(handler, AttachmentType.DOWNLOAD, "");
        anchor.add(VaadinIcon.DOWNLOAD.create());
        anchor.add(" " + owner.getTranslation("gov.export"));
        return anchor;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }
}
