package cn.haitang.console.accreditation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.ServiceTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;

/** The exports hold exactly the filtered rows, with dates as Excel dates and results as numbers. */
class AccreditationExportsTest extends ServiceTest {

    @Autowired
    AccreditationExports exports;
    @Autowired
    ApplicationService applications;
    @Autowired
    SiteRegistryService registry;

    private static Sheet read(ByteArrayOutputStream out) throws Exception {
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray())).getSheetAt(0);
    }

    @Test
    void theApplicationsOfTheFilterWithTheirDatesAsDates() throws Exception {
        login.as("yushan");
        ApplicationFilter filter = new ApplicationFilter(Level.CITY, null, null, null, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.applications(filter, Sort.by("compoundName"), Locale.SIMPLIFIED_CHINESE, out);
        Sheet sheet = read(out);
        assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo((int) applications.countApplications(filter)).isPositive();
        assertThat(sheet.getRow(0).getCell(10).getStringCellValue()).isEqualTo("提交时间");
        Row submitted = null;
        for (Row row : sheet) {
            if (row.getRowNum() > 0 && row.getCell(10) != null) {
                submitted = row;
                break;
            }
        }
        assertThat(submitted).isNotNull();
        Cell at = submitted.getCell(10);
        assertThat(at.getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(DateUtil.isCellDateFormatted(at)).isTrue();
        for (int r = 1; r <= cn.haitang.console.support.Sheets.lastDataRow(sheet); r++) {
            assertThat(sheet.getRow(r).getCell(3).getStringCellValue()).isEqualTo("虞山街道");
        }
    }

    @Test
    void theRegistryOfTheFilterWithValidityAsDates() throws Exception {
        login.as("admin");
        SiteFilter filter = new SiteFilter(Level.SUZHOU, null, true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.sites(filter, Sort.unsorted(), Locale.SIMPLIFIED_CHINESE, out);
        Sheet sheet = read(out);
        assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo((int) registry.countSites(filter)).isEqualTo(5);
        Cell validTo = sheet.getRow(1).getCell(6);
        assertThat(DateUtil.isCellDateFormatted(validTo)).isTrue();
        assertThat(validTo.getLocalDateTimeCellValue().toLocalDate()).isAfter(java.time.LocalDate.of(2026, 1, 1));
    }
}
