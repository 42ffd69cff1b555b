package cn.haitang.console.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.haitang.console.audit.PersonalDataAccess;
import cn.haitang.console.audit.PersonalDataLog;
import cn.haitang.console.base.db.Window;
import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Personal data on record (个人信息保护法): the report list's export is masked unless 含敏感信息 is asked for with a
 * reason, every export and every page shown in full is logged, only city admins read the log, and the file says who
 * exported it. Not in a test transaction: the log commits on its own, as it must when the export fails later.
 */
class PersonalDataExportTest extends ServiceTest {

    private static final ReportFilter MEMBERS = new ReportFilter(null, null, null, ReportKind.MEMBER, ReportStatus.ACTIVE, null);

    @Autowired
    ReportingService reporting;
    @Autowired
    PersonalDataLog log;

    @Test
    void aCoordinatorsExportIsMaskedByDefaultAndSaysWhoExportedIt() throws Exception {
        login.as("yushan");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = reporting.export(MEMBERS, out, Locale.SIMPLIFIED_CHINESE);
        assertThat(rows).isPositive();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 1; i <= rows; i++) {
                assertThat(sheet.getRow(i).getCell(2).getStringCellValue()).as("ID number").contains("****");
                assertThat(sheet.getRow(i).getCell(3).getStringCellValue()).as("phone").contains("****");
            }
            assertThat(lastLine(sheet)).startsWith("导出人：yushan");
        }
        PersonalDataAccess entry = newest("yushan");
        assertThat(entry.action()).isEqualTo(PersonalDataAccess.EXPORT);
        assertThat(entry.unmasked()).isFalse();
        assertThat(entry.rowCount()).isEqualTo(rows);
        assertThat(entry.subject()).isEqualTo("pairing.reports");
        assertThat(entry.filterText()).isEqualTo("kind=MEMBER, status=ACTIVE");
    }

    @Test
    void aFullExportNeedsAReasonAndGoesOnRecordWithIt() throws Exception {
        login.as("yushan");
        assertRefused(() -> reporting.export(MEMBERS, new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE, true, " "),
                "reason", "personalData.reason.required");
        assertRefused(() -> reporting.export(MEMBERS, new ByteArrayOutputStream(), Locale.SIMPLIFIED_CHINESE, true, "核对"),
                "reason", "personalData.reason.required");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int rows = reporting.export(MEMBERS, out, Locale.SIMPLIFIED_CHINESE, true, "核对换届选举名单");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).as("own town in full").doesNotContain("*");
            assertThat(text(sheet)).contains("导出理由：核对换届选举名单");
        }
        PersonalDataAccess entry = newest("yushan");
        assertThat(entry.unmasked()).isTrue();
        assertThat(entry.reason()).isEqualTo("核对换届选举名单");
        assertThat(entry.rowCount()).isEqualTo(rows);
    }

    @Test
    void aListPageShownInFullIsLoggedAndOnlyCityAdminsReadTheLog() {
        login.as("yushan");
        List<ReportRow> page = reporting.list(MEMBERS, Window.of(0, 20));
        assertThat(page).isNotEmpty();
        assertThatThrownBy(() -> log.find(PersonalDataLog.Filter.all(), Window.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);

        PersonalDataAccess entry = newest("yushan");
        assertThat(entry.action()).isEqualTo(PersonalDataAccess.VIEW);
        assertThat(entry.rowCount()).isEqualTo(page.size());
    }

    private PersonalDataAccess newest(String username) {
        login.as("admin");
        return log.find(new PersonalDataLog.Filter(username, null, null, null), Window.of(0, 1)).getFirst();
    }

    private static String lastLine(Sheet sheet) {
        Row last = sheet.getRow(sheet.getLastRowNum());
        return last.getCell(0).getStringCellValue();
    }

    private static String text(Sheet sheet) {
        StringBuilder all = new StringBuilder();
        sheet.forEach(row -> row.forEach(cell -> all.append(cell.toString()).append('\n')));
        return all.toString();
    }
}
