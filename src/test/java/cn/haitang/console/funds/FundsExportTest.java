package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.security.ScopeViolationException;
import cn.haitang.console.support.ServiceTest;
import cn.haitang.console.support.Sheets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The funds' lists as workbooks: exactly the caller's filtered rows, amounts as numbers, another town's ledger refused. */
@Transactional
class FundsExportTest extends ServiceTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    @Autowired
    FundsExport export;
    @Autowired
    FundService funds;
    @Autowired
    LedgerService ledger;
    @Autowired
    ProposalService proposals;
    @Autowired
    FundsTestData data;

    @Test
    void aCoordinatorsFundsExportHoldsTheirTownsFundsAndTheCityFundOnly() throws Exception {
        FundsTestData.CommunityFund yushan = data.communityFund("yushan", "1000");
        FundsTestData.CommunityFund meili = data.communityFund("meili", "1000");
        login.as("yushan");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = export.funds(FundFilter.all(), out, ZH);
        assertThat(rows).isEqualTo(funds.countFunds(FundFilter.all()));
        List<List<String>> sheet = read(out.toByteArray());
        assertThat(sheet.getFirst()).startsWith("基金名称", "基金类别", "镇（街道）");
        List<String> names = sheet.stream().skip(1).map(List::getFirst).toList();
        assertThat(names).hasSize(rows).contains(funds.fund(yushan.fundId()).name());
        login.as("admin");
        String meiliName = funds.fund(meili.fundId()).name();
        login.as("yushan");
        assertThat(names).doesNotContain(meiliName);
        assertThat(sheet.stream().skip(1).map(r -> r.get(2))).allMatch(town -> town.isEmpty() || town.equals("虞山街道"));

        assertThatThrownBy(() -> export.ledger(meili.fundId(), MovementFilter.all(), OutputStream.nullOutputStream(), ZH))
                .isInstanceOf(ScopeViolationException.class);
    }

    @Test
    void aLedgerExportHasTheFilteredMovementsWithIncomeAndSpendingAsNumbers() throws Exception {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "1000");
        login.as("yushan");
        ledger.record(fund.fundId(), LedgerServiceTest.donation("120.50", "陈静", false));
        ledger.record(fund.fundId(), LedgerServiceTest.donation("30", "周敏", true));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MovementFilter donations = new MovementFilter(MovementKind.DONATION, null, null, null, null);
        int rows = export.ledger(fund.fundId(), donations, out, ZH);
        assertThat(rows).isEqualTo(ledger.countMovements(fund.fundId(), donations)).isGreaterThanOrEqualTo(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            List<Double> incomes = new ArrayList<>();
            List<String> donors = new ArrayList<>();
            for (int r = 1; r <= Sheets.lastDataRow(sheet); r++) {
                Row row = sheet.getRow(r);
                assertThat(row.getCell(2).getCellType()).as("income is a number").isEqualTo(CellType.NUMERIC);
                incomes.add(row.getCell(2).getNumericCellValue());
                donors.add(row.getCell(4).getStringCellValue());
            }
            assertThat(incomes).contains(120.5, 30.0);
            assertThat(donors).contains("陈静", "周敏（匿名）");
        }
    }

    @Test
    void aProjectsExportFollowsTheListsFilter() throws Exception {
        login.as("admin");
        ProjectFilter awarded = new ProjectFilter(null, null, null, ProjectState.IN_PROGRESS, null, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = export.projects(awarded, out, ZH);
        assertThat(rows).isEqualTo(proposals.count(awarded)).isPositive();
        List<List<String>> sheet = read(out.toByteArray());
        assertThat(sheet.stream().skip(1).map(r -> r.get(4))).hasSize(rows).allMatch("实施中"::equals);
    }

    /** The table of the first sheet as text (without the "exported by" line). */
    private static List<List<String>> read(byte[] bytes) throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            Sheet sheet = book.getSheetAt(0);
            List<List<String>> rows = new ArrayList<>();
            for (int r = 0; r <= Sheets.lastDataRow(sheet); r++) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < sheet.getRow(0).getLastCellNum(); c++) {
                    var cell = sheet.getRow(r).getCell(c);
                    cells.add(cell == null ? "" : cell.toString());
                }
                rows.add(cells);
            }
            return rows;
        }
    }
}
