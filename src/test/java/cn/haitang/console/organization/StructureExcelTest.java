package cn.haitang.console.organization;

import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.i18n.Translations;
import cn.haitang.console.region.RegionService;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.AfterEach;

/** Not transactional: the import commits in its own transaction, so what a test saves is deleted after it. */
class StructureExcelTest extends ServiceTest {

    private static final Locale ZH = Translations.CHINESE;

    @Autowired
    StructureExcel excel;
    @Autowired
    OrganizationService service;
    @Autowired
    RegionService region;
    @Autowired
    JdbcTemplate jdbc;
    Fixtures f;

    @BeforeEach
    void fixtures() {
        f = new Fixtures(jdbc);
    }

    @AfterEach
    void deleteWhatTheImportsSaved() {
        String compounds = "SELECT id FROM compound WHERE name LIKE '导入%苑'";
        jdbc.update("DELETE FROM central_household WHERE compound_id IN (" + compounds + ")");
        jdbc.update("DELETE FROM grid_group WHERE compound_id IN (" + compounds + ")");
        jdbc.update("DELETE FROM party_branch WHERE compound_id IN (" + compounds + ")");
        jdbc.update("DELETE FROM micro_grid WHERE compound_id IN (" + compounds + ")");
        jdbc.update("DELETE FROM compound WHERE name LIKE '导入%苑'");
    }

    @Test
    void templatesCarryTheChineseHeaders() throws Exception {
        for (ImportKind kind : ImportKind.values()) {
            try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(excel.template(kind, ZH)))) {
                Row head = workbook.getSheetAt(0).getRow(0);
                assertThat(head.getCell(0).getStringCellValue()).isEqualTo("镇（街道）");
                assertThat(head.getLastCellNum()).isEqualTo((short) kind.columns().size());
            }
        }
    }

    @Test
    void aFileFullOfBrokenRowsSavesNothingAndReportsEveryRow() throws Exception {
        login.as("yushan");
        int before = service.countCompounds(CompoundFilter.all());
        byte[] file = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", "张坝社区", "好好新苑", "海虞北路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("虞山街道", "不存在社区", "甲苑", "路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("火星街道", "张坝社区", "乙苑", "路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("梅李镇", "任意社区", "丙苑", "路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("虞山街道", "张坝社区", "丁苑", "路1号", "两千年", "5", "200", "是", "物业公司", "是", ""),
                List.of("虞山街道", "张坝社区", "戊苑", "路1号", "2001", "5", "200", "也许", "物业公司", "是", ""),
                List.of("虞山街道", "张坝社区", "己苑", "路1号", "2001", "5", "200", "是", "开发商", "是", ""),
                List.of("虞山街道", "张坝社区", "庚苑", "路1号", "2001", "5", "200", "是", "物业公司", "否", ""),
                List.of("虞山街道", "张坝社区", "", "路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("虞山街道", "张坝社区", "好好新苑", "海虞北路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("虞山街道", "张坝社区", "辛苑", "路1号", "1800", "5", "200", "是", "物业公司", "是", "")));
        ImportResult result = excel.importWorkbook(ImportKind.COMPOUND, file, ZH);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.errors()).extracting(ImportProblem::row).containsExactly(3, 4, 5, 6, 7, 8, 9, 10, 11, 12);
        assertThat(result.errors()).extracting((ImportProblem p) -> p.columnHeader(ZH)).containsExactly("所属社区", "镇（街道）", "镇（街道）",
                "建成年份", "封闭式", "管理模式", "免建原因", "小区名称", "小区名称", "建成年份");
        assertThat(result.errors().get(0).message(ZH)).contains("不存在社区");
        assertThat(result.errors().get(2).message(ZH)).contains("不在您的工作范围内");
        assertThat(result.errors().get(8).message(ZH)).contains("第 2 行");
        assertThat(service.countCompounds(CompoundFilter.all())).as("nothing saved").isEqualTo(before);
        assertThat(region.findCompound(f.community, "好好新苑")).isEmpty();

        ByteArrayOutputStream reportOut = new ByteArrayOutputStream();
        excel.errorReport(result.errors(), ZH, reportOut);
        try (Workbook report = new XSSFWorkbook(new ByteArrayInputStream(reportOut.toByteArray()))) {
            Sheet sheet = report.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("行号");
            assertThat(sheet.getRow(10)).as("the tenth error").isNotNull();
            // after the rows, a blank line and who made the file
            assertThat(sheet.getLastRowNum()).isEqualTo(12);
            assertThat(sheet.getRow(12).getCell(0).getStringCellValue()).startsWith("导出人：");
            assertThat((int) sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(3);
        }
    }

    @Test
    void aGoodFileIsSavedAndReimportingItUpdatesInsteadOfDuplicating() throws Exception {
        login.as("yushan");
        String community = region.community(f.community).name();
        byte[] file = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, "导入一苑", "海虞北路1号", "2001", "5", "200", "是", "物业公司", "是", ""),
                List.of("虞山街道", community, "导入二苑", "海虞北路2号", "1996", "3", "90", "否", "自治管理", "否", "单位自管")));
        ImportResult first = excel.importWorkbook(ImportKind.COMPOUND, file, ZH);
        assertThat(first.errors()).isEmpty();
        assertThat(first.created()).isEqualTo(2);
        ImportResult again = excel.importWorkbook(ImportKind.COMPOUND, file, ZH);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(2);
        assertThat(region.compoundDetail(region.findCompound(f.community, "导入二苑").orElseThrow().id()).committeeExemption())
                .isEqualTo("单位自管");
        assertThat(service.countCompounds(CompoundFilter.all())).isEqualTo(82);
    }

    @Test
    void theTotalExclusiveAreaAndOwnerCountAreImportedUnderTheHeadersTownsUse() throws Exception {
        login.as("yushan");
        String community = region.community(f.community).name();
        byte[] file = withHeaders(Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, "导入面积苑", "海虞北路5号", "2001", "5", "200", "是", "物业公司", "是", "",
                        "25,630.5㎡", "318户"),
                List.of("虞山街道", community, "导入空白苑", "海虞北路6号", "2001", "5", "200", "是", "物业公司", "是", "",
                        "", ""))), "专有部分面积", "业主人数");
        ImportResult result = excel.importWorkbook(ImportKind.COMPOUND, file, ZH);
        assertThat(result.errors()).isEmpty();
        var detail = region.compoundDetail(region.findCompound(f.community, "导入面积苑").orElseThrow().id());
        assertThat(detail.exclusiveArea()).isEqualByComparingTo("25630.50");
        assertThat(detail.ownerCount()).isEqualTo(318);
        assertThat(region.compoundDetail(region.findCompound(f.community, "导入空白苑").orElseThrow().id()).exclusiveArea())
                .isNull();

        // an older file without the two columns updates the compound and keeps its figures
        byte[] older = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, "导入面积苑", "海虞北路5号", "2001", "6", "200", "是", "物业公司", "是", "")));
        assertThat(excel.importWorkbook(ImportKind.COMPOUND, older, ZH).updated()).isEqualTo(1);
        var after = region.compoundDetail(detail.id());
        assertThat(after.buildings()).isEqualTo(6);
        assertThat(after.exclusiveArea()).isEqualByComparingTo("25630.50");
        assertThat(after.ownerCount()).isEqualTo(318);

        // three decimals, text, one figure without the other: refused at the cell, nothing saved
        byte[] broken = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, "导入面积苑", "海虞北路5号", "2001", "7", "200", "是", "物业公司", "是", "",
                        "25630.505", "318"),
                List.of("虞山街道", community, "导入空白苑", "海虞北路6号", "2001", "5", "200", "是", "物业公司", "是", "",
                        "很大", "20"),
                List.of("虞山街道", community, "导入新面积苑", "海虞北路7号", "2001", "5", "200", "是", "物业公司", "是", "",
                        "1200", "")));
        ImportResult refused = excel.importWorkbook(ImportKind.COMPOUND, broken, ZH);
        assertThat(refused.errors()).extracting(ImportProblem::row).containsExactly(2, 3, 4);
        assertThat(refused.errors()).extracting((ImportProblem p) -> p.columnHeader(ZH))
                .containsExactly("专有部分总面积（㎡）", "专有部分总面积（㎡）", "业主总数");
        assertThat(refused.errors().get(0).message(ZH)).contains("两位小数");

        // the compound list's export carries them too, under the template's headers, so a town can re-import it
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.exportCompounds(new CompoundFilter(null, f.community, Presence.ANY, Presence.ANY, "导入面积苑"), ZH, out);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(14).getStringCellValue()).isEqualTo("专有部分总面积（㎡）");
            assertThat(sheet.getRow(1).getCell(14).getNumericCellValue()).isEqualTo(25630.5);
            assertThat(sheet.getRow(1).getCell(15).getNumericCellValue()).isEqualTo(318);
        }
        assertThat(region.compoundDetail(detail.id()).buildings()).as("nothing saved").isEqualTo(6);
    }

    /** The template's file with its last two headers renamed, as a town's own sheet would name them. */
    private static byte[] withHeaders(byte[] file, String area, String owners) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row head = workbook.getSheetAt(0).getRow(0);
            head.getCell(11).setCellValue(area);
            head.getCell(12).setCellValue(owners);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void branchesGridGroupsAndHouseholdsImportByNaturalKey() throws Exception {
        login.as("yushan");
        String community = region.community(f.community).name();
        String compound = "导入三苑";
        assertThat(excel.importWorkbook(ImportKind.COMPOUND, Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, compound, "言子路3号", "2012", "4", "160", "是", "物业公司", "是", ""))), ZH)
                .created()).isEqualTo(1);
        long compoundId = region.findCompound(f.community, compound).orElseThrow().id();
        region.createMicroGrid(compoundId, "第1网格", "王伟", 80);
        region.createMicroGrid(compoundId, "第2网格", "李娜", 80);

        byte[] branchFile = Workbooks.of(excel.template(ImportKind.BRANCH, ZH), List.of(
                List.of("虞山街道", community, compound, "实体型", "导入三苑党支部", "钱七", "21", "2020-07-01"),
                List.of("虞山街道", community, compound, "功能型", "导入三苑功能型党支部", "赵六", "9", "")));
        assertThat(excel.importWorkbook(ImportKind.BRANCH, branchFile, ZH).created()).isEqualTo(2);
        ImportResult branchesAgain = excel.importWorkbook(ImportKind.BRANCH, branchFile, ZH);
        assertThat(branchesAgain.updated()).isEqualTo(2);
        assertThat(service.branchesOf(compoundId)).hasSize(2);

        byte[] groupFile = Workbooks.of(excel.template(ImportKind.GRID_GROUP, ZH), List.of(
                List.of("虞山街道", community, compound, "第1网格", "实体型", "第1网格党小组", "孙八", "4"),
                List.of("虞山街道", community, compound, "第2网格", "功能型", "第2网格党小组", "周九", "3")));
        assertThat(excel.importWorkbook(ImportKind.GRID_GROUP, groupFile, ZH).created()).isEqualTo(2);
        // Re-import with the first group under the other branch: it moves, keeping its households.
        byte[] moved = Workbooks.of(excel.template(ImportKind.GRID_GROUP, ZH), List.of(
                List.of("虞山街道", community, compound, "第1网格", "功能型", "第1网格党小组", "孙八", "5")));

        byte[] households = Workbooks.of(excel.template(ImportKind.HOUSEHOLD, ZH), List.of(
                List.of("虞山街道", community, compound, "第1网格", "周九", "13800138000", "2幢1单元", "11"),
                List.of("虞山街道", community, compound, "第1网格", "吴十", "13800138001", "2幢2单元", "9")));
        assertThat(excel.importWorkbook(ImportKind.HOUSEHOLD, households, ZH).created()).isEqualTo(2);
        assertThat(excel.importWorkbook(ImportKind.HOUSEHOLD, households, ZH).updated()).isEqualTo(2);

        assertThat(excel.importWorkbook(ImportKind.GRID_GROUP, moved, ZH).updated()).isEqualTo(1);
        long grid1 = region.findMicroGrid(compoundId, "第1网格").orElseThrow().id();
        GridGroupRow group = service.gridGroupOfMicroGrid(grid1).orElseThrow();
        assertThat(group.branchType()).isEqualTo(BranchType.FUNCTIONAL);
        assertThat(group.membersCount()).isEqualTo(5);
        assertThat(service.householdsOf(group.id())).extracting(HouseholdRow::memberName).containsExactly("吴十", "周九");
    }

    @Test
    void brokenOrganisationRowsAreReportedWithTheirColumn() throws Exception {
        login.as("yushan");
        String community = region.community(f.community).name();
        String compound = region.compound(f.compound).name();
        ImportResult branches = excel.importWorkbook(ImportKind.BRANCH, Workbooks.of(excel.template(ImportKind.BRANCH, ZH),
                List.of(List.of("虞山街道", community, compound, "混合型", "x", "y", "1", ""),
                        List.of("虞山街道", community, "无此小区", "实体型", "x", "y", "1", ""),
                        List.of("虞山街道", community, compound, "功能型", "x", "y", "1", "明年"))), ZH);
        assertThat(branches.errors()).extracting((ImportProblem p) -> p.columnHeader(ZH)).containsExactly("支部类型", "小区名称", "成立日期");
        String grid = service.gridGroup(f.group).microGridName();
        ImportResult households = excel.importWorkbook(ImportKind.HOUSEHOLD, Workbooks.of(
                excel.template(ImportKind.HOUSEHOLD, ZH), List.of(
                        List.of("虞山街道", community, compound, "无此网格", "甲", "13800138000", "1幢", "1"),
                        List.of("虞山街道", community, compound, grid, "乙", "12345", "1幢", "1"),
                        List.of("虞山街道", community, compound, grid, "乙", "13800138000", "1幢", "很多"))), ZH);
        assertThat(households.succeeded()).isFalse();
        assertThat(households.errors()).extracting(ImportProblem::row).contains(2, 3, 4);
        assertThat(households.errors()).anySatisfy(e -> assertThat(e.columnHeader(ZH)).isEqualTo("手机号码"));
        assertThat(households.errors()).anySatisfy(e -> assertThat(e.columnHeader(ZH)).isEqualTo("微网格"));
    }

    @Test
    void aFileThatIsNotATemplateIsRefusedClearly() throws Exception {
        login.as("yushan");
        assertThat(excel.importWorkbook(ImportKind.COMPOUND, "not excel".getBytes(), ZH).errors().getFirst().message(ZH))
                .contains("xlsx");
        assertThat(excel.importWorkbook(ImportKind.COMPOUND, excel.template(ImportKind.BRANCH, ZH), ZH).errors().getFirst()
                .message(ZH)).contains("表头");
        assertThat(excel.importWorkbook(ImportKind.COMPOUND, excel.template(ImportKind.COMPOUND, ZH), ZH).errors().getFirst()
                .message(ZH)).contains("没有数据行");
    }

    @Test
    void theExportHoldsExactlyTheFilteredRowsWithChineseHeaders() throws Exception {
        login.as("yushan");
        CompoundFilter filter = new CompoundFilter(null, null, Presence.WITHOUT, Presence.ANY, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excel.exportCompounds(filter, ZH, out);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("小区名称");
            assertThat(sheet.getRow(0).getCell(9).getStringCellValue()).isEqualTo("实体型党支部");
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo(service.countCompounds(filter));
            for (int r = 1; r <= cn.haitang.console.support.Sheets.lastDataRow(sheet); r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("虞山街道");
                assertThat(sheet.getRow(r).getCell(9).getStringCellValue()).isEqualTo("未建");
            }
        }
    }

    @Test
    void aHiddenFirstSheetIsSkippedAndTheVisibleSheetIsImported() throws Exception {
        login.as("yushan");
        byte[] scratch = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", "张坝社区", "导入隐藏苑", "海虞北路9号", "2001", "5", "200", "是", "物业公司", "是", "")));
        byte[] real = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", "张坝社区", "导入可见苑", "海虞北路8号", "2001", "5", "200", "是", "物业公司", "是", "")));
        byte[] file;
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(scratch));
             XSSFWorkbook visible = new XSSFWorkbook(new ByteArrayInputStream(real));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.setSheetName(0, "草稿");
            Sheet target = book.createSheet("小区");
            for (Row row : visible.getSheetAt(0)) {
                Row copy = target.createRow(row.getRowNum());
                row.forEach(cell -> copy.createCell(cell.getColumnIndex()).setCellValue(cell.getStringCellValue()));
            }
            book.setActiveSheet(1);
            book.setSheetHidden(0, true);
            book.write(out);
            file = out.toByteArray();
        }
        ImportResult result = excel.importWorkbook(ImportKind.COMPOUND, file, ZH);
        assertThat(result.errors()).isEmpty();
        assertThat(result.created()).isEqualTo(1);
        assertThat(jdbc.queryForList("SELECT name FROM compound WHERE name LIKE '导入%苑'", String.class))
                .containsExactly("导入可见苑");
    }

    /** The household list of issue 13, as a street office keeps it: previewed row by row, then saved whole. */
    @Test
    void aStreetOfficeHouseholdListIsPreviewedThenImportedAsAPersonWouldReadIt() throws Exception {
        login.as("yushan");
        String community = region.community(f.community).name();
        String compound = "导入四苑";
        excel.importWorkbook(ImportKind.COMPOUND, Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, compound, "言子路4号", "2012", "4", "160", "是", "物业公司", "是", ""))), ZH);
        long compoundId = region.findCompound(f.community, compound).orElseThrow().id();
        region.createMicroGrid(compoundId, "第1网格", "王伟", 80);
        excel.importWorkbook(ImportKind.BRANCH, Workbooks.of(excel.template(ImportKind.BRANCH, ZH), List.of(
                List.of("虞山街道", community, compound, "实体型", "导入四苑党支部", "钱七", "21", "2020年7月1日"))), ZH);
        excel.importWorkbook(ImportKind.GRID_GROUP, Workbooks.of(excel.template(ImportKind.GRID_GROUP, ZH), List.of(
                List.of("虞山街道", community, compound, "第1网格", "实体型", "第1网格党小组", "孙八", "4人"))), ZH);
        byte[] file = Workbooks.streetOfficeHouseholds(community, compound, "第1网格");

        var preview = excel.preview(ImportKind.HOUSEHOLD, file, ZH);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.headerRow()).isEqualTo(2);
        assertThat(preview.ignoredHeaders()).containsExactly("序号");
        assertThat(preview.rows()).extracting(r -> r.row(), r -> r.status(), r -> r.label()).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3, cn.haitang.console.base.excel.imports.RowStatus.NEW, "导入周九"),
                org.assertj.core.groups.Tuple.tuple(4, cn.haitang.console.base.excel.imports.RowStatus.NEW, "导入吴十"),
                org.assertj.core.groups.Tuple.tuple(6, cn.haitang.console.base.excel.imports.RowStatus.SKIPPED, "合计"),
                org.assertj.core.groups.Tuple.tuple(7, cn.haitang.console.base.excel.imports.RowStatus.SKIPPED, "注：本表由社区党委填报。"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM central_household WHERE member_name LIKE '导入%'", Integer.class))
                .as("the preview writes nothing").isZero();

        ImportResult saved = excel.importWorkbook(ImportKind.HOUSEHOLD, file, ZH);
        assertThat(saved.errors()).isEmpty();
        assertThat(saved.created()).isEqualTo(2);
        assertThat(jdbc.queryForList("SELECT CONCAT(member_name, ' ', phone, ' ', linked_households) FROM central_household"
                + " WHERE member_name LIKE '导入%' ORDER BY member_name", String.class))
                .containsExactlyInAnyOrder("导入周九 13812345678 12", "导入吴十 13912345678 28");
        assertThat(excel.preview(ImportKind.HOUSEHOLD, file, ZH).rows()).filteredOn(r -> r.label().startsWith("导入"))
                .extracting(r -> r.status()).containsOnly(cn.haitang.console.base.excel.imports.RowStatus.UPDATE);
    }

    @Test
    void aCoordinatorsFileNamingAnotherTownIsRefusedAtThoseRowsAndNothingIsSaved() throws Exception {
        login.as("yushan");
        String community = region.community(f.community).name();
        byte[] file = Workbooks.of(excel.template(ImportKind.COMPOUND, ZH), List.of(
                List.of("虞山街道", community, "导入五苑", "路5号", "2010", "3", "90", "是", "物业公司", "是", ""),
                List.of("梅李镇", "任意社区", "导入六苑", "路6号", "2010", "3", "90", "是", "物业公司", "是", "")));
        var preview = excel.preview(ImportKind.COMPOUND, file, ZH);
        assertThat(preview.saveable()).isFalse();
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.value()).isEqualTo("梅李镇");
            assertThat(p.message(ZH)).contains("不在您的工作范围内");
        });
        assertThat(excel.importWorkbook(ImportKind.COMPOUND, file, ZH).succeeded()).isFalse();
        assertThat(jdbc.queryForList("SELECT name FROM compound WHERE name LIKE '导入%苑'", String.class)).isEmpty();
    }
}
