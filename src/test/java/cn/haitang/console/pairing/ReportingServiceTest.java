package cn.haitang.console.pairing;

import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.base.Role;
import cn.haitang.console.base.RuleViolationException;
import cn.haitang.console.base.StaleEditException;
import cn.haitang.console.security.Scope;
import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.TestData;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Reporting to the home micro-grid: validation, one grid at a time, masking, counts, and the import. */
@Transactional
class ReportingServiceTest extends ServiceTest {

    @Autowired
    ReportingService reporting;
    @Autowired
    ReportImportService reportImport;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate auditJdbc;
    @Autowired
    Fixtures fx;
    @Autowired
    PairingTestData data;
    @Autowired
    TestData testData;

    private ReportForm member(String idNumber, long institution, long grid) {
        return new ReportForm(ReportKind.MEMBER, "测试党员", idNumber, "13912345678", institution, "医疗", grid,
                LocalDate.now().minusDays(3));
    }


    @Test
    void idNumbersAreCheckedIncludingTheirCheckCharacter() {
        assertThat(IdNumbers.problem("11010519491231002X")).isNull();
        assertThat(IdNumbers.problem("110105194912310021")).isEqualTo("pairing.error.idNumber.checksum");
        assertThat(IdNumbers.problem("11010519491331002X")).isEqualTo("pairing.error.idNumber.birth");
        assertThat(IdNumbers.problem("1101051949123100")).isEqualTo("pairing.error.idNumber.length");
        assertThat(IdNumbers.problem("11010519491231A02X")).isEqualTo("pairing.error.idNumber.digits");
        assertThat(IdNumbers.normalise(" 11010519491231002x ")).isEqualTo("11010519491231002X");
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
    }

    @Test
    void coordinatorRegistersPeopleInTheirTownWithValidation() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        long grid = fx.grid("yushan");
        login.as("yushan");
        String id = Fixtures.freshIdNumber(1);
        long reportId = reporting.register(member(id, yushan[0], grid));
        ReportRow row = reporting.report(reportId);
        assertThat(row.idNumber()).isEqualTo(id);
        assertThat(row.phone()).isEqualTo("13912345678");
        assertThat(row.status()).isEqualTo(ReportStatus.ACTIVE);
        assertRefused(() -> reporting.register(member(id, yushan[0], grid)), "idNumber", "pairing.error.report.duplicate");
        String bad = id.substring(0, 17) + (id.charAt(17) == '1' ? '2' : '1');
        assertRefused(() -> reporting.register(member(bad, yushan[0], grid)), "idNumber", "pairing.error.idNumber.checksum");
        assertRefused(() -> reporting.register(new ReportForm(ReportKind.MEMBER, "无单位", Fixtures.freshIdNumber(2), "13912345678",
                null, null, grid, LocalDate.now())), "institutionId", "pairing.error.report.memberNeedsInstitution");
        assertRefused(() -> reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者", Fixtures.freshIdNumber(3), "1391234",
                null, null, grid, LocalDate.now())), "phone", "pairing.error.phone");
        assertRefused(() -> reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者", Fixtures.freshIdNumber(4), "13912345678",
                null, null, grid, LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(1))), "reportedOn",
                "pairing.error.dateInFuture");
        assertRefused(() -> reporting.register(new ReportForm(null, "志愿者", Fixtures.freshIdNumber(5), "13912345678",
                null, null, grid, LocalDate.now())), "kind", "pairing.error.required");
        assertRefused(() -> reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者", Fixtures.freshIdNumber(6), "13912345678",
                null, null, null, LocalDate.now())), "gridId", "pairing.error.required");
        assertThatThrownBy(() -> reporting.register(member(Fixtures.freshIdNumber(7), yushan[0], fx.grid("meili"))))
                .isInstanceOf(ScopeViolationException.class);
        long volunteer = reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者甲", Fixtures.freshIdNumber(8),
                "13912345678", yushan[0], "摄影", grid, LocalDate.now()));
        assertThat(reporting.report(volunteer).institutionName()).as("volunteers carry no institution").isNull();
        reporting.update(reportId, row.version(), new ReportForm(ReportKind.MEMBER, "测试党员乙", id, "13700001111", yushan[0],
                "法律", grid, LocalDate.now()));
        assertThat(reporting.report(reportId).name()).isEqualTo("测试党员乙");
        assertThatThrownBy(() -> reporting.update(reportId, row.version(), member(id, yushan[0], grid)))
                .isInstanceOf(StaleEditException.class);
    }

    @Test
    void movingKeepsTheHistoryAndWithdrawalKeepsTheRecord() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        login.as("yushan");
        long id = reporting.register(member(Fixtures.freshIdNumber(11), yushan[0], fx.grid("yushan")));
        ReportRow row = reporting.report(id);
        assertRefused(() -> reporting.move(id, row.version(), fx.grid("yushan"), LocalDate.now()), "gridId",
                "pairing.error.report.sameGrid");
        assertRefused(() -> reporting.move(id, row.version(), fx.otherGrid("yushan"), LocalDate.now().minusYears(1)), "date",
                "pairing.error.report.moveBeforeReport");
        assertThatThrownBy(() -> reporting.move(id, row.version(), fx.grid("meili"), LocalDate.now()))
                .isInstanceOf(ScopeViolationException.class);
        reporting.move(id, row.version(), fx.otherGrid("yushan"), LocalDate.now());
        ReportRow moved = reporting.report(id);
        assertThat(moved.gridName()).isNotNull();
        assertThat(reporting.movesOf(id)).singleElement().satisfies(m -> assertThat(m.toDate()).isEqualTo(LocalDate.now()));
        assertThat(reporting.list(new ReportFilter(null, null, null, null, ReportStatus.MOVED, "测试党员"), 0, 10))
                .extracting(ReportRow::id).contains(id);
        reporting.withdraw(id, moved.version());
        assertThat(reporting.report(id).status()).isEqualTo(ReportStatus.WITHDRAWN);
        assertThatThrownBy(() -> reporting.withdraw(id, reporting.report(id).version()))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("alreadyWithdrawn");
        login.as("meili");
        assertThatThrownBy(() -> reporting.report(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reporting.movesOf(id)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reporting.withdraw(id, 0)).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reporting.update(id, 0, member("x", yushan[0], 1))).isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reporting.move(id, 0, fx.grid("meili"), LocalDate.now())).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void listsAreScopedAndPersonalDataIsMaskedForWhoeverMayNotSeeIt() {
        login.as("yushan");
        List<ReportRow> rows = reporting.list(ReportFilter.all(), 0, 100);
        assertThat(rows).hasSize(100).allSatisfy(r -> {
            assertThat(r.townName()).isEqualTo("虞山街道");
            assertThat(r.idNumber()).doesNotContain("*");
        });
        assertThat(reporting.listBefore(ReportFilter.all(), rows.get(49).id(), 50)).extracting(ReportRow::id)
                .containsExactlyElementsOf(rows.subList(50, 100).stream().map(ReportRow::id).toList());
        assertThatThrownBy(() -> reporting.list(new ReportFilter(fx.town("meili"), null, null, null, null, null), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reporting.count(new ReportFilter(fx.town("meili"), null, null, null, null, null)))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reporting.listBefore(new ReportFilter(fx.town("meili"), null, null, null, null, null), 0, 10))
                .isInstanceOf(ScopeViolationException.class);
        // the rule itself: full values for the city admin and the coordinator of the person's town only
        long yushanTown = fx.town("yushan");
        long meiliTown = fx.town("meili");
        assertThat(ReportingService.seesFull(new Scope(1, "admin", Role.CITY_ADMIN, null), meiliTown)).isTrue();
        assertThat(ReportingService.seesFull(new Scope(2, "yushan", Role.STREET_COORDINATOR, yushanTown), yushanTown)).isTrue();
        assertThat(ReportingService.seesFull(new Scope(2, "yushan", Role.STREET_COORDINATOR, yushanTown), meiliTown)).isFalse();
        assertThat(ReportingService.seesFull(new Scope(3, "reviewer1", Role.REVIEWER, yushanTown), yushanTown)).isFalse();
        login.as("reviewer1");
        assertThatThrownBy(() -> reporting.list(ReportFilter.all(), 0, 10)).isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void countsByEveryLevelAddUpAndStayInTheCallersArea() {
        login.as("admin");
        long members = reporting.countsBy(ReportLevel.TOWN, null).stream().mapToLong(ReportCount::members).sum();
        long volunteers = reporting.countsBy(ReportLevel.TOWN, null).stream().mapToLong(ReportCount::volunteers).sum();
        assertThat(members).isGreaterThanOrEqualTo(17_000);
        assertThat(volunteers).isGreaterThanOrEqualTo(24_000);
        assertThat(reporting.countsBy(ReportLevel.INSTITUTION, null).stream().mapToLong(ReportCount::members).sum()).isEqualTo(members);
        assertThat(reporting.institutionRates()).hasSize(85).allSatisfy(r -> assertThat(r.reportRate()).isBetween(0.3, 1.0));
        login.as("yushan");
        for (ReportLevel level : ReportLevel.values()) {
            List<ReportCount> counts = reporting.countsBy(level, null);
            assertThat(counts).as(level.name()).isNotEmpty();
            if (level != ReportLevel.INSTITUTION) {
                assertThat(counts.stream().mapToLong(ReportCount::total).sum()).as(level.name())
                        .isEqualTo(reporting.count(new ReportFilter(null, null, null, null, ReportStatus.ACTIVE, null)));
            }
            assertThatThrownBy(() -> reporting.countsBy(level, fx.town("meili"))).isInstanceOf(ScopeViolationException.class);
        }
        assertThat(reporting.countsBy(ReportLevel.TOWN, null)).singleElement()
                .satisfies(c -> assertThat(c.name()).isEqualTo("虞山街道"));
    }

    @Test
    void exportWritesTheFilteredRows() throws Exception {
        login.as("yushan");
        ReportFilter filter = new ReportFilter(null, null, null, ReportKind.MEMBER, ReportStatus.ACTIVE, "王");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = reporting.export(filter, out, Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isEqualTo(reporting.count(filter)).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("在职党员");
        }
    }

    // ---------------------------------------------------------------- import

    private Object[] importRow(String kind, String name, String id, String phone, String institution, long grid, String date) {
        String[] path = fx.gridPath(grid);
        return new Object[] {kind, name, id, phone, institution, "水电维修", path[0], path[1], path[2], path[3], date};
    }

    @Test
    void importCreatesThenReImportUpdatesByIdNumberWithoutDuplicating() {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        String institution = fx.institutionName(yushan[0]);
        long grid = fx.grid("yushan");
        login.as("yushan");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            rows.add(importRow(i % 2 == 0 ? "在职党员" : "志愿者", "导入" + i, Fixtures.freshIdNumber(100 + i), "13600000" + (100 + i),
                    i % 2 == 0 ? institution : "", grid, "2026-03-0" + (1 + i % 9)));
        }
        long before = reporting.count(ReportFilter.all());
        ImportResult first = reportImport.importWorkbook(new ByteArrayInputStream(Fixtures.workbook(rows)));
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(20);
        assertThat(reporting.count(ReportFilter.all())).isEqualTo(before + 20);
        rows.set(0, importRow("在职党员", "导入0改名", Fixtures.freshIdNumber(100), "13600000100", institution,
                fx.otherGrid("yushan"), "2026-04-01"));
        ImportResult second = reportImport.importWorkbook(new ByteArrayInputStream(Fixtures.workbook(rows)));
        assertThat(second.errors()).isEmpty();
        assertThat(second.created()).isZero();
        assertThat(second.updated()).as("only the renamed and moved person changed").isEqualTo(1);
        assertThat(reporting.count(ReportFilter.all())).isEqualTo(before + 20);
        ReportRow renamed = reporting.list(new ReportFilter(null, null, null, null, null, "导入0改名"), 0, 1).getFirst();
        assertThat(reporting.movesOf(renamed.id())).hasSize(1);
    }

    @Test
    void aBatchedImportLeavesOneAuditEntryNamingItsFileAndCounts() throws Exception {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        String institution = fx.institutionName(yushan[0]);
        long grid = fx.grid("yushan");
        login.as("yushan");
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            rows.add(importRow("在职党员", "审计" + i, Fixtures.freshIdNumber(300 + i), "13600000" + (300 + i), institution, grid,
                    "2026-03-02"));
        }
        java.nio.file.Path file = java.nio.file.Files.createTempFile("reports-", ".xlsx");
        java.nio.file.Files.write(file, Fixtures.workbook(rows));
        try {
            assertThat(reportImport.importFile(file, "虞山街道报到名册.xlsx").created()).isEqualTo(3);
            rows.set(0, importRow("在职党员", "审计0改名", Fixtures.freshIdNumber(300), "13600000300", institution, grid,
                    "2026-03-02"));
            java.nio.file.Files.write(file, Fixtures.workbook(rows));
            assertThat(reportImport.importFile(file, "虞山街道报到名册（改）.xlsx").created()).isZero();
        } finally {
            java.nio.file.Files.delete(file);
        }
        assertThat(auditJdbc.queryForList("""
                SELECT CONCAT(username, ' ', entity_id, ' ', summary) FROM audit_entry
                WHERE action = 'IMPORT' AND entity_type = 'GridReport' AND entity_id LIKE '虞山街道报到名册%' ORDER BY id""",
                String.class)).containsExactly(
                "yushan 虞山街道报到名册.xlsx file: 虞山街道报到名册.xlsx; created: 3; updated: 0; unchanged: 0; skipped: 0",
                "yushan 虞山街道报到名册（改）.xlsx file: 虞山街道报到名册（改）.xlsx; created: 0; updated: 1; unchanged: 2; skipped: 0");
        // the person the second import changed (through JPA) keeps an entry of their own with before and after
        long changed = auditJdbc.queryForObject("SELECT id FROM grid_report WHERE name = '审计0改名'", Long.class);
        assertThat(auditJdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE entity_type = 'GridReport'"
                + " AND action = 'UPDATE' AND entity_id = ?", Long.class, String.valueOf(changed))).isOne();
    }

    @Test
    void anImportFullOfBrokenRowsSavesNothingAndReportsEveryRow() throws Exception {
        long[] yushan = fx.pairedInstitutionAndCommunity("yushan");
        String institution = fx.institutionName(yushan[0]);
        long grid = fx.grid("yushan");
        login.as("yushan");
        String good = Fixtures.freshIdNumber(200);
        List<Object[]> rows = new ArrayList<>();
        rows.add(importRow("在职党员", "好人", good, "13600000200", institution, grid, "2026-03-01"));
        rows.add(importRow("党员", "类型错", Fixtures.freshIdNumber(201), "13600000201", institution, grid, "2026-03-01"));
        rows.add(importRow("在职党员", "", good.substring(0, 17) + (good.charAt(17) == '1' ? '2' : '1'), "136", "不存在的单位",
                grid, "2026/13/01"));
        rows.add(importRow("在职党员", "无单位", Fixtures.freshIdNumber(203), "13600000203", "", grid, "2026-03-01"));
        rows.add(importRow("志愿者", "重复", good, "13600000204", "", grid, "2026-03-01"));
        rows.add(importRow("志愿者", "外镇", Fixtures.freshIdNumber(205), "13600000205", "", fx.grid("meili"), "2026-03-01"));
        rows.add(importRow("志愿者", "未来", Fixtures.freshIdNumber(206), "13600000206", "", grid, "2099-03-01"));
        long before = reporting.count(ReportFilter.all());
        ImportResult result = reportImport.importWorkbook(new ByteArrayInputStream(Fixtures.workbook(rows)));
        assertThat(result.succeeded()).isFalse();
        assertThat(result.created()).isZero();
        assertThat(reporting.count(ReportFilter.all())).isEqualTo(before);
        assertThat(result.errors()).extracting(ImportProblem::row).containsOnly(3, 4, 5, 6, 7, 8).contains(3, 4, 5, 6, 7, 8);
        assertThat(result.errors()).extracting(ImportProblem::messageKey).contains("pairing.import.kind",
                "pairing.error.required", "pairing.error.idNumber.checksum", "imports.value.phoneLength",
                "pairing.import.unknownInstitution", "imports.value.noSuchDate", "pairing.error.report.memberNeedsInstitution",
                "pairing.import.duplicateInFile", "pairing.import.gridOutsideArea", "pairing.error.dateInFuture");
        assertThat(result.errors()).filteredOn(e -> e.row() == 4).extracting(ImportProblem::column)
                .contains("pairing.report.name", "pairing.report.idNumber", "pairing.report.phone", "pairing.institution",
                        "pairing.report.reportedOn");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reportImport.errorReport(result.errors(), out, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            // the errors, then a blank line and who made the file
            assertThat(book.getSheetAt(0).getLastRowNum()).isEqualTo(result.errors().size() + 2);
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
        }
        assertThat(reportImport.importWorkbook(new ByteArrayInputStream("not excel".getBytes())).errors())
                .extracting(ImportProblem::messageKey).containsExactly("imports.file.notSpreadsheet");
        assertThat(reportImport.importWorkbook(new ByteArrayInputStream(Fixtures.workbook(List.of()))).errors())
                .extracting(ImportProblem::messageKey).containsExactly("imports.file.empty");
    }

    @Test
    void aCoordinatorCannotReImportSomeoneReportedInAnotherTown() {
        login.as("admin");
        long meiliGrid = fx.grid("meili");
        String id = Fixtures.freshIdNumber(300);
        reporting.register(new ReportForm(ReportKind.VOLUNTEER, "梅李人", id, "13600000300", null, null, meiliGrid, LocalDate.now()));
        login.as("yushan");
        List<Object[]> rows = List.<Object[]>of(importRow("志愿者", "梅李人", id, "13600000300", "", fx.grid("yushan"), "2026-03-01"));
        ImportResult result = reportImport.importWorkbook(new ByteArrayInputStream(Fixtures.workbook(rows)));
        assertThat(result.errors()).extracting(ImportProblem::messageKey).containsExactly("pairing.import.personOutsideArea");
    }

    @Test
    void theTemplateHasTheImportColumns() throws Exception {
        login.as("yushan");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        reportImport.template(out, Locale.SIMPLIFIED_CHINESE);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(book.getSheetAt(0).getRow(0).getCell(2).getStringCellValue()).isEqualTo("身份证号");
            assertThat(IdNumbers.problem(book.getSheetAt(0).getRow(1).getCell(2).getStringCellValue())).isNull();
        }
        login.as("reviewer3");
        assertThatThrownBy(() -> reportImport.template(new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE))
                .isInstanceOf(ScopeViolationException.class);
        assertThatThrownBy(() -> reportImport.importWorkbook(new ByteArrayInputStream(new byte[0])))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aHiddenFirstSheetIsNeverImportedOnlyTheVisibleOne() throws Exception {
        long grid = fx.grid("yushan");
        login.as("yushan");
        String hiddenPerson = Fixtures.freshIdNumber(400);
        String visiblePerson = Fixtures.freshIdNumber(401);
        byte[] hidden = Fixtures.workbook(List.<Object[]>of(importRow("志愿者", "隐藏表的人", hiddenPerson, "13600000400", "",
                grid, "2026-03-01")));
        byte[] visible = Fixtures.workbook(List.<Object[]>of(importRow("志愿者", "可见表的人", visiblePerson, "13600000401", "",
                grid, "2026-03-01")));
        byte[] both;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(hidden));
             XSSFWorkbook second = new XSSFWorkbook(new ByteArrayInputStream(visible));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.setSheetName(0, "旧表");
            var target = book.createSheet("报到人员");
            for (var row : second.getSheetAt(0)) {
                var copy = target.createRow(row.getRowNum());
                row.forEach(cell -> copy.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue()));
            }
            book.setActiveSheet(1);
            book.setSheetHidden(0, true);
            book.write(out);
            both = out.toByteArray();
        }
        ImportResult result = reportImport.importWorkbook(new ByteArrayInputStream(both));
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(reporting.list(new ReportFilter(null, null, null, null, null, "可见表的人"), 0, 5)).hasSize(1);
        assertThat(reporting.list(new ReportFilter(null, null, null, null, null, "隐藏表的人"), 0, 5)).isEmpty();
    }

    @Test
    void aFileWithoutTheHeaderRowIsRefusedNotReadFromItsSecondRow() throws Exception {
        long grid = fx.grid("yushan");
        login.as("yushan");
        byte[] withHeader = Fixtures.workbook(List.of(
                importRow("志愿者", "第一人", Fixtures.freshIdNumber(410), "13600000410", "", grid, "2026-03-01"),
                importRow("志愿者", "第二人", Fixtures.freshIdNumber(411), "13600000411", "", grid, "2026-03-01")));
        byte[] headless;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(withHeader));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.getSheetAt(0).shiftRows(1, 2, -1); // the people move up into row 1, the header is gone
            book.write(out);
            headless = out.toByteArray();
        }
        long before = reporting.count(ReportFilter.all());
        ImportResult result = reportImport.importWorkbook(new ByteArrayInputStream(headless));
        assertThat(result.errors()).singleElement().satisfies(e -> {
            // no row of the file holds the headers: refused as a whole, nothing read as data
            assertThat(e.messageKey()).isEqualTo("imports.file.noHeader");
            assertThat(e.message(java.util.Locale.SIMPLIFIED_CHINESE)).contains("找不到表头行", "类型");
        });
        assertThat(reporting.count(ReportFilter.all())).isEqualTo(before);
    }

    @Test
    void theTemplatesExamplePersonIsSkippedAndOnlyTheRowsBelowItAreImported() throws Exception {
        long grid = fx.grid("yushan");
        login.as("yushan");
        ByteArrayOutputStream template = new ByteArrayOutputStream();
        reportImport.template(template, Locale.SIMPLIFIED_CHINESE);
        Object[] added = importRow("志愿者", "模板下方的人", Fixtures.freshIdNumber(420), "13600000420", "", grid, "2026-03-01");
        byte[] filled;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(template.toByteArray()));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = book.getSheetAt(0).createRow(2);
            for (int i = 0; i < added.length; i++) {
                row.createCell(i).setCellValue(added[i].toString());
            }
            book.write(out);
            filled = out.toByteArray();
        }
        ImportResult result = reportImport.importWorkbook(new ByteArrayInputStream(filled));
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(reporting.list(new ReportFilter(null, null, null, null, null, "张伟"), 0, 50))
                .noneMatch(r -> r.idNumber().equals(ReportingService.EXAMPLE_ID_NUMBER));
    }

    @Test
    void aPersonReportsAndMovesOnADayFromTwoThousandToToday() {
        PairingTestData.Paired paired = data.paired("yushan");
        TestData.Place beside = testData.compoundBeside(paired.place());
        login.as("yushan");
        long grid = paired.place().microGridId();
        assertRefused(() -> reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者", Fixtures.freshIdNumber(501),
                "13912345678", null, null, grid, LocalDate.of(1900, 1, 1))), "reportedOn", "form.dateRange");
        assertRefused(() -> reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者", Fixtures.freshIdNumber(501),
                "13912345678", null, "摄".repeat(201), grid, LocalDate.now())), "skills", "form.tooLong");
        long id = reporting.register(new ReportForm(ReportKind.VOLUNTEER, "志愿者", Fixtures.freshIdNumber(501),
                "13912345678", null, null, grid, LocalDate.of(2000, 1, 1)));
        assertThat(reporting.report(id).reportedOn()).isEqualTo(LocalDate.of(2000, 1, 1));
        long version = reporting.report(id).version();
        assertRefused(() -> reporting.move(id, version, beside.microGridId(), LocalDate.of(1999, 12, 31)), "reportedOn",
                "form.dateRange");
        assertThat(reporting.movesOf(id)).isEmpty();
    }
}
