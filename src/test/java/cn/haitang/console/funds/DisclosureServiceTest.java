package cn.haitang.console.funds;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The public disclosure: the period's movements and balances, anonymous donors never named, on the page and in Excel. */
@Transactional
class DisclosureServiceTest extends ServiceTest {

    @Autowired
    LedgerService ledger;
    @Autowired
    DisclosureService disclosures;
    @Autowired
    FundService funds;
    @Autowired
    FundsTestData data;

    private static MovementForm form(MovementKind kind, LocalDate day, String amount, String who, boolean anonymous) {
        return new MovementForm(kind, day, new BigDecimal(amount), who, anonymous, "测试用途", null, null);
    }

    @Test
    void aPeriodsDisclosureShowsOpeningMovementsAndClosingAndKeepsAnonymousDonorsAnonymous() throws IOException {
        FundsTestData.CommunityFund fund = data.communityFund("yushan", "100000");
        login.as("yushan");
        ledger.record(fund.fundId(), form(MovementKind.DONATION, LocalDate.of(2025, 1, 20), "1000", "常熟市虞山街道商会", false));
        ledger.record(fund.fundId(), form(MovementKind.DONATION, LocalDate.of(2025, 2, 3), "500", "赵丽华", true));
        ledger.record(fund.fundId(), form(MovementKind.OPERATING, LocalDate.of(2025, 2, 15), "120.50", "常熟市印刷厂", false));
        ledger.record(fund.fundId(), form(MovementKind.DONATION, LocalDate.of(2025, 3, 2), "80", "钱国强", false));

        Disclosure d = disclosures.disclosure(fund.fundId(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28));
        assertThat(d.opening()).isEqualByComparingTo("1000");
        assertThat(d.income()).isEqualByComparingTo("500");
        assertThat(d.spending()).isEqualByComparingTo("120.50");
        assertThat(d.closing()).isEqualByComparingTo("1379.50");
        assertThat(d.lines()).extracting(DisclosureLine::counterparty).containsExactly("", "常熟市印刷厂");

        assertThat(funds.monthly(fund.fundId(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .extracting(AmountLine::key).containsExactly("2025-01", "2025-02", "2025-03");
        assertThat(funds.byKind(fund.fundId(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
                .filteredOn(l -> l.key().equals("DONATION")).singleElement()
                .satisfies(l -> assertThat(l.income()).isEqualByComparingTo("1580"));

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = disclosures.exportDisclosure(fund.fundId(), LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), out,
                Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isEqualTo(2);
        try (XSSFWorkbook book = new XSSFWorkbook(new java.io.ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("匿名爱心人士");
            assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(500.0);
            assertThat(sheet.getRow(2).getCell(3).getNumericCellValue()).isEqualTo(120.5);
            StringBuilder all = new StringBuilder();
            sheet.forEach(r -> r.forEach(c -> all.append(c.toString()).append('|')));
            assertThat(all).doesNotContain("赵丽华");
        }
    }
}
