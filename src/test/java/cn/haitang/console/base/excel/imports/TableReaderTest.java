package cn.haitang.console.base.excel.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The shared reader on files as towns keep them, built here: no Spring, no database. */
class TableReaderTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final List<ImportColumn> COLUMNS = List.of(
            ImportColumn.required("compound.town", ImportColumn.TOWN),
            ImportColumn.required("compound.name", "小区"),
            ImportColumn.required("org.household.memberName", "姓名"),
            ImportColumn.required("org.household.phone", ImportColumn.PHONE),
            ImportColumn.optional("org.household.linked"),
            ImportColumn.optional("org.branch.formedOn"));

    private static List<Object> row(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    private record Read(TableReader.Scan scan, List<ImportRow> rows) {
    }

    private static Read read(Path file) {
        List<ImportRow> rows = new ArrayList<>();
        TableReader.Scan scan = new TableReader(COLUMNS).exampleRow(r -> r.get("org.household.memberName").equals("示例"))
                .read(file, rows::add);
        return new Read(scan, rows);
    }

    /** The street office's household list: title, half-width brackets, synonyms, own order, totals and notes. */
    private static byte[] streetOfficeList() {
        XSSFWorkbook book = new XSSFWorkbook();
        XSSFSheet sheet = book.createSheet("中心户");
        MessyWorkbooks.titled(sheet, "虞山街道党员中心户情况统计表（2024年10月）", 7, List.of(
                row(),
                row("序号", "镇(街道) ", "小区名称", "姓名", "联系电话", "联系户数（户）", "成立日期", "备注"),
                row("1", "虞山街道", "义庄公寓", "示例", "13800000000", "1", "2024-01-01"),
                row("1", "虞山街道", "义庄公寓", "王芳", "138 1234 5678", "１２户", LocalDate.of(2024, 10, 17), "楼长"),
                row("2", "虞山街道", "义庄公寓", "李强", "139-1234-5678", 10, "2024年10月17日"),
                row(),
                row("3", "虞山街道", "义庄公寓", "赵敏", "+86 137 0000 1111", "8", "2024/10/17"),
                row("4", "虞山街道", "义庄公寓", "钱军", 13912345678L, "10.0", "2024.10.17"),
                row("5", "虞山街道", "义庄公寓", "钱军", 13912345678L, "10", "20241017"),
                row("合计", null, null, "4人", null, 40),
                row("填表说明：每个中心户一行。")));
        return MessyWorkbooks.bytes(book);
    }

    @Test
    void theHeaderIsFoundBelowATitleAndEveryRowIsReadAsAPersonWould() {
        Read read = read(MessyWorkbooks.file(streetOfficeList(), ".xlsx"));
        assertThat(read.scan().problems()).isEmpty();
        assertThat(read.scan().headerRow()).isEqualTo(3);
        assertThat(read.scan().ignoredHeaders()).containsExactly("序号", "备注");
        assertThat(read.rows()).extracting(ImportRow::number).containsExactly(5, 6, 8, 9, 10);
        assertThat(read.rows()).extracting(r -> r.get("compound.town")).containsOnly("虞山街道");
        assertThat(read.rows()).extracting(r -> Cells.mobile(r.get("org.household.phone")))
                .containsExactly("13812345678", "13912345678", "13700001111", "13912345678", "13912345678");
        assertThat(read.rows()).extracting(r -> Cells.count(r.get("org.household.linked"))).containsExactly(12, 10, 8, 10, 10);
        assertThat(read.rows()).extracting(r -> Cells.date(r.get("org.branch.formedOn")))
                .containsOnly(LocalDate.of(2024, 10, 17));
        assertThat(read.scan().skipped()).extracting(PreviewRow::row, PreviewRow::reasonKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, "imports.skipped.example"),
                org.assertj.core.groups.Tuple.tuple(11, "imports.skipped.total"),
                org.assertj.core.groups.Tuple.tuple(12, "imports.skipped.note"));
    }

    /** The town merged over all its people and each compound over its own, as offices keep lists; a title merged above. */
    private static void mergedDown(org.apache.poi.ss.usermodel.Workbook book) {
        org.apache.poi.ss.usermodel.Sheet sheet = book.createSheet("中心户");
        MessyWorkbooks.titled(sheet, "梅李镇党员中心户名册", 4, List.of(
                row("镇（街道）", "小区名称", "姓名", "手机号码"),
                row("梅李镇", "梅园新村", "周一", "13800000001"),
                row(null, null, "周二", "13800000002"),
                row(null, "聚沙园", "周三", "13800000003"),
                row(null, null, "周四", "13800000004"),
                row("海虞镇", "福禄新村", "周五", "13800000005"),
                row(null, "王市新村", "周六", "13800000006")));
        // rows 3..6 are 梅李镇's people (row 1 is the title, row 2 the header)
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 5, 0, 0));
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(2, 3, 1, 1));
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(4, 5, 1, 1));
        sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(6, 7, 0, 0));
    }

    @Test
    void aCellMergedDownAColumnGivesItsValueToEveryRowOfTheMergeInXlsxAndXls() {
        XSSFWorkbook xlsx = new XSSFWorkbook();
        mergedDown(xlsx);
        HSSFWorkbook xls = new HSSFWorkbook();
        mergedDown(xls);
        for (Path file : List.of(MessyWorkbooks.file(MessyWorkbooks.bytes(xlsx), ".xlsx"),
                MessyWorkbooks.file(MessyWorkbooks.bytes(xls), ".xls"))) {
            Read read = read(file);
            assertThat(read.scan().problems()).as(file.toString()).isEmpty();
            assertThat(read.scan().headerRow()).isEqualTo(2);
            assertThat(read.rows()).extracting(r -> r.get("org.household.memberName") + "@" + r.get("compound.town") + "/"
                    + r.get("compound.name")).as(file.toString()).containsExactly(
                    "周一@梅李镇/梅园新村", "周二@梅李镇/梅园新村", "周三@梅李镇/聚沙园", "周四@梅李镇/聚沙园",
                    "周五@海虞镇/福禄新村", "周六@海虞镇/王市新村");
        }
    }

    @Test
    void aMergedRangeIsFoundInTheSheetsXmlWithoutParsingIt() throws Exception {
        String xml = "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>mergeCells here</t></is></c></row>"
                + "</sheetData><mergeCells count=\"3\"><mergeCell ref=\"A1:F1\"/><mergeCell ref=\"B3:B7\"/>"
                + "<x:mergeCell\tref='$C$10:$D$12'/></mergeCells></worksheet>";
        assertThat(SheetSource.mergedDown(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8))))
                .containsExactly(new SheetSource.Merge(3, 7, 1), new SheetSource.Merge(10, 12, 2));
    }

    @Test
    void aHiddenFirstSheetIsNeverRead() {
        XSSFWorkbook book = new XSSFWorkbook();
        MessyWorkbooks.fill(book.createSheet("草稿"), 0, List.of(
                row("镇（街道）", "小区名称", "党员姓名", "手机号码"), row("虞山街道", "义庄公寓", "草稿里的人", "13800000001")));
        MessyWorkbooks.fill(book.createSheet("正式"), 0, List.of(
                row("镇（街道）", "小区名称", "党员姓名", "手机号码"), row("虞山街道", "义庄公寓", "可见的人", "13800000002")));
        book.setActiveSheet(1);
        book.setSheetHidden(0, true);
        Read read = read(MessyWorkbooks.file(MessyWorkbooks.bytes(book), ".xlsx"));
        assertThat(read.rows()).extracting(r -> r.get("org.household.memberName")).containsExactly("可见的人");
    }

    @Test
    void anXlsFileIsReadToo() {
        HSSFWorkbook book = new HSSFWorkbook();
        MessyWorkbooks.titled(book.createSheet("表"), "标题", 4, List.of(
                row("镇(街道)", "小区", "姓名", "手机"), row("梅李镇", "某小区", "孙丽", "１３８００００００１２")));
        Read read = read(MessyWorkbooks.file(MessyWorkbooks.bytes(book), ".xls"));
        assertThat(read.scan().problems()).isEmpty();
        assertThat(read.rows()).singleElement().satisfies(r -> {
            assertThat(r.number()).isEqualTo(3);
            assertThat(Cells.mobile(r.get("org.household.phone"))).isEqualTo("13800000012");
        });
    }

    @Test
    void aFileWithoutAHeaderRowIsRefusedAndNothingIsRead() {
        XSSFWorkbook book = new XSSFWorkbook();
        MessyWorkbooks.fill(book.createSheet("表"), 0, List.of(
                row("虞山街道", "义庄公寓", "王芳", "13812345678"), row("虞山街道", "义庄公寓", "李强", "13912345678")));
        Read read = read(MessyWorkbooks.file(MessyWorkbooks.bytes(book), ".xlsx"));
        assertThat(read.rows()).isEmpty();
        assertThat(read.scan().problems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("imports.file.noHeader");
            assertThat(p.message(ZH)).contains("找不到表头行", "镇（街道）");
        });
    }

    @Test
    void aFileOverTheRowLimitIsRefusedWithItsRowCountAndOnlyTheLimitReachesTheHandler() {
        XSSFWorkbook book = new XSSFWorkbook();
        MessyWorkbooks.fill(book.createSheet("表"), 0, List.of(row("镇（街道）", "小区", "姓名", "手机"),
                row("虞山街道", "义庄公寓", "王芳", "13812345678"), row("虞山街道", "义庄公寓", "李强", "13912345678"),
                row("虞山街道", "义庄公寓", "赵敏", "13700001111")));
        List<ImportRow> rows = new ArrayList<>();
        TableReader.Scan scan = new TableReader(COLUMNS).maxRows(2)
                .read(MessyWorkbooks.file(MessyWorkbooks.bytes(book), ".xlsx"), rows::add);
        assertThat(rows).hasSize(2);
        assertThat(scan.readable()).isFalse();
        assertThat(scan.problems()).singleElement().satisfies(p -> assertThat(p.message(ZH)).isEqualTo("一次最多导入 2 行，该文件有 3 行"));
    }

    @Test
    void aMissingColumnIsNamedInTheMessage() {
        XSSFWorkbook book = new XSSFWorkbook();
        MessyWorkbooks.fill(book.createSheet("表"), 0, List.of(
                row("镇（街道）", "小区名称", "党员姓名", "住址"), row("虞山街道", "义庄公寓", "王芳", "1幢")));
        Read read = read(MessyWorkbooks.file(MessyWorkbooks.bytes(book), ".xlsx"));
        assertThat(read.rows()).isEmpty();
        assertThat(read.scan().problems()).singleElement().satisfies(p -> {
            assertThat(p.column()).isEqualTo("org.household.phone");
            assertThat(p.message(ZH)).isEqualTo("缺少“手机号码”列：表头中没有这一列（也没有它的常用别名）");
        });
    }

    @Test
    void anEncryptedWorkbookARenamedProgramAndAnEmptySheetEachGetOneClearMessage() throws Exception {
        byte[] plain = streetOfficeList();
        POIFSFileSystem fs = new POIFSFileSystem();
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor encryptor = info.getEncryptor();
        encryptor.confirmPassword("secret");
        try (OutputStream os = encryptor.getDataStream(fs)) {
            os.write(plain);
        }
        ByteArrayOutputStream encrypted = new ByteArrayOutputStream();
        fs.writeFilesystem(encrypted);
        fs.close();
        assertThat(read(MessyWorkbooks.file(encrypted.toByteArray(), ".xlsx")).scan().problems())
                .extracting(ImportProblem::messageKey).containsExactly("imports.file.encrypted");

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertThat(read(MessyWorkbooks.file(program, ".xlsx")).scan().problems())
                .extracting(ImportProblem::messageKey).containsExactly("imports.file.notSpreadsheet");

        XSSFWorkbook empty = new XSSFWorkbook();
        empty.createSheet("空");
        assertThat(read(MessyWorkbooks.file(MessyWorkbooks.bytes(empty), ".xlsx")).scan().problems())
                .extracting(ImportProblem::messageKey).containsExactly("imports.file.empty");
    }
}
