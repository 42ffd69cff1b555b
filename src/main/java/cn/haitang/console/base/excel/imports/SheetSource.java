package cn.haitang.console.base.excel.imports;

import cn.haitang.console.base.excel.Workbooks;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a workbook's first visible sheet one at a time, without building the workbook in
 * memory: .xlsx through its sheet XML (StAX) and shared strings, .xls (at most 65,536 rows) through
 * POI's HSSF. Each cell arrives as text: strings as written, numbers in plain notation (13812345678,
 * not 1.38E10), date cells as yyyy-MM-dd, time-only cells as HH:mm. Hidden sheets are never read.
 */
public final class SheetSource {

    /** Receives each non-empty row: its number as Excel shows it and its cells by column index. */
    @FunctionalInterface
    public interface RowSink {
        void row(int number, List<String> cells);
    }

    /** A file that cannot be read as a spreadsheet, with the message key that says why. */
    public static final class UnreadableFile extends RuntimeException {
        private final String messageKey;

        UnreadableFile(String messageKey, @Nullable Throwable cause) {
            super(messageKey, cause, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final XMLInputFactory XML = XMLInputFactory.newFactory();

    static {
        XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private SheetSource() {
    }

    /** Streams the first visible sheet's rows into the sink; throws {@link UnreadableFile} with a reason. */
    public static void read(Path file, RowSink sink) {
        FileMagic magic;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            magic = FileMagic.valueOf(in);
        } catch (IOException e) {
            throw new UnreadableFile("imports.file.unreadable", e);
        }
        switch (magic) {
            case OOXML -> readXlsx(file, sink);
            case OLE2 -> readOle2(file, sink);
            default -> throw new UnreadableFile("imports.file.notSpreadsheet", null);
        }
    }

    // ---- .xlsx: streamed -------------------------------------------------------------------------

    private static void readXlsx(Path file, RowSink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            String sheetId = firstVisibleSheetId(reader);
            if (sheetId == null) {
                throw new UnreadableFile("imports.file.noSheet", null);
            }
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            List<Merge> merges;
            try (InputStream sheet = reader.getSheet(sheetId)) {
                merges = mergedDown(sheet);
            }
            try (InputStream sheet = reader.getSheet(sheetId)) {
                readSheetXml(sheet, strings, styles, fillingDown(merges, sink));
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (IOException | OpenXML4JException | XMLStreamException | org.xml.sax.SAXException
                 | org.apache.poi.ooxml.POIXMLException | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new UnreadableFile("imports.file.unreadable", e);
        }
    }

    /** The relationship id of the first sheet that is neither hidden nor very hidden, in workbook order. */
    private static @Nullable String firstVisibleSheetId(XSSFReader reader)
            throws IOException, OpenXML4JException, XMLStreamException {
        try (InputStream in = reader.getWorkbookData()) {
            XMLStreamReader xml = XML.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (xml.next() == XMLStreamConstants.START_ELEMENT && "sheet".equals(xml.getLocalName())) {
                        String state = xml.getAttributeValue(null, "state");
                        if (state == null || "visible".equals(state)) {
                            return xml.getAttributeValue(RELATIONSHIPS, "id");
                        }
                    }
                }
            } finally {
                xml.close();
            }
        }
        return null;
    }

    // ---- merged cells that run down a column -----------------------------------------------------------

    /** A merged range over several rows, by its first column (rows as Excel numbers them, columns from 0). */
    record Merge(int firstRow, int lastRow, int column) {
    }

    private static final byte[] MERGE_CELL = "mergeCell".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private static final java.util.regex.Pattern MERGE_REF =
            java.util.regex.Pattern.compile("ref\\s*=\\s*[\"']\\$?([A-Z]+)\\$?(\\d+):\\$?([A-Z]+)\\$?(\\d+)[\"']");

    /**
     * The sheet's merged ranges that span more than one row. Excel keeps them after the rows
     * ({@code <mergeCells>} follows {@code <sheetData>}), so they are found by a byte scan of the sheet before
     * its rows are read: no XML parsing, nothing kept but the ranges.
     */
    static List<Merge> mergedDown(InputStream sheet) throws IOException {
        List<Merge> merges = new ArrayList<>();
        byte[] buffer = new byte[64 * 1024];
        int matched = 0;
        StringBuilder element = null;
        int read;
        while ((read = sheet.read(buffer)) > 0) {
            for (int i = 0; i < read; i++) {
                byte b = buffer[i];
                if (element != null) {
                    if (b == '>') {
                        merge(element, merges);
                        element = null;
                    } else if (element.length() < 200) {
                        element.append((char) b);
                    }
                } else if (matched == MERGE_CELL.length) {
                    // <mergeCell ref="A3:A7"/>, never <mergeCells count="2">
                    element = b == ' ' || b == '\t' || b == '\r' || b == '\n' ? new StringBuilder() : null;
                    matched = b == MERGE_CELL[0] ? 1 : 0;
                } else if (b == MERGE_CELL[matched]) {
                    matched++;
                } else {
                    matched = b == MERGE_CELL[0] ? 1 : 0;
                }
            }
        }
        return merges;
    }

    private static void merge(CharSequence attributes, List<Merge> merges) {
        java.util.regex.Matcher m = MERGE_REF.matcher(attributes);
        if (m.find()) {
            int first = Integer.parseInt(m.group(2));
            int last = Integer.parseInt(m.group(4));
            if (last > first) {
                merges.add(new Merge(first, last, columnIndex(m.group(1))));
            }
        }
    }

    /**
     * Passes rows on with the value of a merged range's top cell in every row of the range below it (the town
     * or community merged down over its people, as offices keep lists); a row inside the range that has no
     * other value is still left out, and a cell that holds a value of its own keeps it.
     */
    static RowSink fillingDown(List<Merge> merges, RowSink sink) {
        if (merges.isEmpty()) {
            return sink;
        }
        List<Merge> sorted = new ArrayList<>(merges);
        sorted.sort(java.util.Comparator.comparingInt(Merge::firstRow));
        return new RowSink() {
            private int next;
            private final List<Merge> active = new ArrayList<>();
            private final java.util.Map<Merge, String> values = new java.util.HashMap<>();

            @Override
            public void row(int number, List<String> cells) {
                while (next < sorted.size() && sorted.get(next).firstRow() <= number) {
                    Merge m = sorted.get(next++);
                    if (m.lastRow() >= number) {
                        active.add(m);
                    }
                }
                List<String> out = cells;
                for (Merge m : active) {
                    String own = m.column() < out.size() ? out.get(m.column()) : "";
                    if (m.firstRow() == number) {
                        values.put(m, own);
                    } else if (own.isEmpty() && !values.getOrDefault(m, "").isEmpty()) {
                        if (out == cells) {
                            out = new ArrayList<>(cells);
                        }
                        while (out.size() <= m.column()) {
                            out.add("");
                        }
                        out.set(m.column(), values.get(m));
                    }
                }
                active.removeIf(m -> {
                    boolean done = m.lastRow() <= number;
                    if (done) {
                        values.remove(m);
                    }
                    return done;
                });
                sink.row(number, out);
            }
        };
    }

    private static void readSheetXml(InputStream in, ReadOnlySharedStringsTable strings, StylesTable styles, RowSink sink)
            throws XMLStreamException {
        XMLStreamReader xml = XML.createXMLStreamReader(in);
        List<String> cells = new ArrayList<>();
        int rowNumber = 0;
        int column = -1;
        String type = "n";
        int style = -1;
        StringBuilder value = new StringBuilder();
        boolean inValue = false;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "row" -> {
                            String r = xml.getAttributeValue(null, "r");
                            rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                            cells.clear();
                            column = -1;
                        }
                        case "c" -> {
                            String ref = xml.getAttributeValue(null, "r");
                            column = ref == null ? column + 1 : columnIndex(ref);
                            String t = xml.getAttributeValue(null, "t");
                            type = t == null ? "n" : t;
                            String s = xml.getAttributeValue(null, "s");
                            style = s == null ? -1 : Integer.parseInt(s);
                            value.setLength(0);
                        }
                        case "v", "t" -> inValue = true;
                        default -> {
                        }
                    }
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    if (inValue) {
                        value.append(xml.getText());
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    switch (xml.getLocalName()) {
                        case "v", "t" -> inValue = false;
                        case "c" -> {
                            String text = cellText(type, style, value.toString(), strings, styles);
                            if (!text.isEmpty()) {
                                while (cells.size() < column) {
                                    cells.add("");
                                }
                                cells.add(text);
                            }
                        }
                        case "row" -> {
                            if (!cells.isEmpty()) {
                                sink.row(rowNumber, List.copyOf(cells));
                            }
                        }
                        case "sheetData" -> {
                            return; // merged cells, print settings: nothing more to read
                        }
                        default -> {
                        }
                    }
                }
            }
        } finally {
            xml.close();
        }
    }

    private static String cellText(String type, int style, String raw, ReadOnlySharedStringsTable strings, StylesTable styles) {
        if (raw.isEmpty()) {
            return "";
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "inlineStr", "str" -> raw;
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            case "e" -> "";
            default -> number(raw, style, styles);
        };
    }

    private static String number(String raw, int style, StylesTable styles) {
        try {
            double d = Double.parseDouble(raw);
            if (style >= 0 && style < styles.getNumCellStyles()) {
                XSSFCellStyle cellStyle = styles.getStyleAt(style);
                if (cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString())
                        && DateUtil.isValidExcelDate(d)) {
                    return dateOrTime(d);
                }
            }
            return plain(new BigDecimal(raw));
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    private static String plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0).toPlainString() : stripped.toPlainString();
    }

    /** "B12" → 1. */
    static int columnIndex(String ref) {
        int index = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c < 'A' || c > 'Z') {
                break;
            }
            index = index * 26 + (c - 'A' + 1);
        }
        return index - 1;
    }

    // ---- .xls (and encrypted files, which are OLE2 containers too) --------------------------------------

    private static void readOle2(Path file, RowSink sink) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntryCaseInsensitive("EncryptionInfo")) {
                throw new UnreadableFile("imports.file.encrypted", null);
            }
            try (HSSFWorkbook workbook = new HSSFWorkbook(fs.getRoot(), false)) {
                Sheet sheet = Workbooks.firstVisibleSheet(workbook)
                        .orElseThrow(() -> new UnreadableFile("imports.file.noSheet", null));
                DataFormatter formatter = new DataFormatter();
                List<Merge> merges = new ArrayList<>();
                for (org.apache.poi.ss.util.CellRangeAddress range : sheet.getMergedRegions()) {
                    if (range.getLastRow() > range.getFirstRow()) {
                        merges.add(new Merge(range.getFirstRow() + 1, range.getLastRow() + 1, range.getFirstColumn()));
                    }
                }
                RowSink rows = fillingDown(merges, sink);
                for (Row row : sheet) {
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        String text = text(cell, formatter);
                        if (!text.isEmpty()) {
                            while (cells.size() < cell.getColumnIndex()) {
                                cells.add("");
                            }
                            cells.add(text);
                        }
                    }
                    if (!cells.isEmpty()) {
                        rows.row(row.getRowNum() + 1, cells);
                    }
                }
            }
        } catch (UnreadableFile e) {
            throw e;
        } catch (EncryptedDocumentException e) {
            throw new UnreadableFile("imports.file.encrypted", e);
        } catch (IOException | RuntimeException e) {
            throw new UnreadableFile("imports.file.unreadable", e);
        }
    }

    private static String text(Cell cell, DataFormatter formatter) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? dateOrTime(cell.getNumericCellValue())
                    : plain(BigDecimal.valueOf(cell.getNumericCellValue()));
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            default -> formatter.formatCellValue(cell);
        };
    }

    /** A date cell as yyyy-MM-dd; a time-only cell (a fraction of a day, e.g. 19:00) as HH:mm, not as 1899-12-31. */
    private static String dateOrTime(double value) {
        java.time.LocalDateTime at = DateUtil.getLocalDateTime(value);
        return value < 1 ? at.toLocalTime().withSecond(0).withNano(0).toString() : at.toLocalDate().toString();
    }
}
