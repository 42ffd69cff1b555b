package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.base.excel.imports.ImportPreview;
import cn.haitang.console.base.excel.imports.ImportProblem;
import cn.haitang.console.base.excel.imports.ImportResult;
import cn.haitang.console.base.excel.imports.RowStatus;
import cn.haitang.console.base.excel.imports.UploadedFile;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The import of movements: every row through the ledger's own rules, all rows or none. Not in a test
 * transaction, since "none" is what the import's own rolled-back transaction leaves; what it commits is
 * removed after each test.
 */
class MovementImportServiceTest extends ServiceTest {

    @Autowired
    MovementImportService imports;
    @Autowired
    FundService funds;
    @Autowired
    LedgerService ledger;
    @Autowired
    FundsTestData data;
    @Autowired
    JdbcTemplate jdbc;

    private final List<FundsTestData.CommunityFund> committed = new ArrayList<>();
    private final List<Long> cityFunds = new ArrayList<>();

    @AfterEach
    void removeWhatWasCommitted() {
        List<Long> ids = new ArrayList<>(cityFunds);
        committed.forEach(f -> ids.add(f.fundId()));
        for (long id : ids) {
            jdbc.update("UPDATE fund_movement SET reverses_id = NULL, source_movement_id = NULL WHERE fund_id = ?", id);
            jdbc.update("DELETE FROM fund_movement WHERE fund_id = ?", id);
            jdbc.update("DELETE FROM fund_tally WHERE fund_id = ?", id);
            jdbc.update("DELETE FROM fund WHERE id = ?", id);
        }
        for (FundsTestData.CommunityFund fund : committed) {
            jdbc.update("DELETE FROM micro_grid WHERE compound_id = ?", fund.place().compoundId());
            jdbc.update("DELETE FROM compound WHERE id = ?", fund.place().compoundId());
            jdbc.update("DELETE FROM community WHERE id = ?", fund.place().communityId());
        }
        committed.clear();
        cityFunds.clear();
    }

    private FundsTestData.CommunityFund fund() {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "3000");
        committed.add(fund);
        return fund;
    }

    /** A workbook with a title row above the header (as offices make them) and these rows. */
    private static byte[] sheet(String[]... rows) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = book.createSheet("收支明细");
            sheet.createRow(0).createCell(0).setCellValue("2025年社区治理基金收支明细");
            String[] header = {"日期", "类别", "金额（元）", "对方", "是否匿名", "用途"};
            var h = sheet.createRow(1);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 2);
                for (int i = 0; i < rows[r].length; i++) {
                    row.createCell(i).setCellValue(rows[r][i]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    private ImportResult importing(long fundId, byte[] workbook) {
        try (UploadedFile file = UploadedFile.of(workbook)) {
            return imports.importFile(fundId, file.path());
        }
    }

    private ImportPreview previewing(long fundId, byte[] workbook) {
        try (UploadedFile file = UploadedFile.of(workbook)) {
            return imports.preview(fundId, file.path());
        }
    }

    @Test
    void aCleanSheetIsRecordedRowByRowThroughTheLedgersRules() throws IOException {
        FundsTestData.CommunityFund fund = fund();
        login.as("yushan");
        byte[] file = sheet(new String[] {"2025-03-01", "爱心捐助", "5,000.00", "陈静", "否", "助老助餐捐赠"},
                new String[] {"2025-03-02", "爱心捐助", "800", "不愿具名的钱先生", "是", "爱心捐助"},
                new String[] {"2025-03-20", "利息收入", "3.17", "江苏常熟农村商业银行", "", "一季度结息"},
                new String[] {"2025-04-02", "运行费用", "1200.50", "常熟市虞山印务有限公司", "否", "议事会宣传折页"},
                new String[] {"2025-04-08", "运行费用", "3500", "常熟市某装修公司", "否", "活动室修缮"});
        ImportPreview preview = previewing(fund.fundId(), file);
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.count(RowStatus.NEW)).isEqualTo(5);
        assertThat(ledger.countMovements(fund.fundId(), MovementFilter.all())).isZero(); // the preview wrote nothing

        ImportResult result = importing(fund.fundId(), file);
        assertThat(result.succeeded()).isTrue();
        assertThat(result.created()).isEqualTo(5);
        List<MovementRow> rows = ledger.movements(fund.fundId(), MovementFilter.all(), PageRequest.of(0, 10));
        assertThat(rows).hasSize(5);
        assertThat(rows).filteredOn(MovementRow::anonymous).extracting(MovementRow::counterparty)
                .containsExactly("不愿具名的钱先生");
        // above the fund's threshold of 3,000: waits for a second person, as if typed in the form
        assertThat(rows).filteredOn(m -> m.status() == MovementStatus.PENDING).extracting(MovementRow::purpose)
                .containsExactly("活动室修缮");
        assertThat(funds.facts(fund.fundId()).balance()).isEqualByComparingTo("4602.67");
    }

    @Test
    void oneWrongCellOrOneRowTheLedgerRefusesAndNothingOfTheFileIsRecorded() throws IOException {
        FundsTestData.CommunityFund fund = fund();
        login.as("yushan");
        ImportResult wrongCells = importing(fund.fundId(), sheet(
                new String[] {"2025-03-01", "爱心捐助", "5000", "陈静", "否", "助老助餐捐赠"},
                new String[] {"2025-03-02", "捐款", "12.345", "王伟", "也许", "爱心捐助"}));
        assertThat(wrongCells.succeeded()).isFalse();
        assertThat(wrongCells.errors()).extracting(ImportProblem::row).containsOnly(4);
        assertThat(wrongCells.errors()).extracting(ImportProblem::column)
                .contains("funds.movement.kind", "funds.movement.amountYuan", "funds.movement.anonymousAsked");

        // every cell is fine, but the spending of row 4 would overdraw the fund: refused there, the donation not kept
        ImportResult overdraft = importing(fund.fundId(), sheet(
                new String[] {"2025-03-01", "爱心捐助", "500", "陈静", "否", "助老助餐捐赠"},
                new String[] {"2025-03-05", "运行费用", "900", "常熟市虞山印务有限公司", "否", "宣传折页"}));
        assertThat(overdraft.succeeded()).isFalse();
        assertThat(overdraft.errors()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(4);
            assertThat(p.column()).isEqualTo("funds.movement.amountYuan");
            assertThat(p.messageKey()).isEqualTo("funds.error.insufficient");
        });
        assertThat(ledger.countMovements(fund.fundId(), MovementFilter.all())).isZero();
        assertThat(funds.facts(fund.fundId()).balance()).isEqualByComparingTo("0");
    }

    @Test
    void aCoordinatorCannotImportIntoTheCityFund() throws IOException {
        long city = data.cityFund("1000");
        cityFunds.add(city);
        login.as("yushan");
        byte[] file = sheet(new String[] {"2025-03-01", "爱心捐助", "100", "陈静", "否", "捐赠"});
        assertRefused(() -> importing(city, file), null, "funds.error.cityFundReadOnly");
        login.as("admin");
        assertThat(ledger.countMovements(city, MovementFilter.all())).isZero();
    }
}
