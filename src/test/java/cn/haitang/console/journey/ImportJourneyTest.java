package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A coordinator uploads the report list the way a street office keeps it (hidden scratch sheet, merged
 * title, header with half-width brackets and a synonym, odd phones and dates, a totals row, a note),
 * reads the preview (screenshots at 1440 and 390 px), fixes the two wrong rows and confirms.
 */
class ImportJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeImportedPeople() {
        jdbc.update("DELETE FROM grid_report WHERE name LIKE '旅程%'");
    }

    @Test
    void aMessyReportListIsPreviewedThenImported() throws Exception {
        String[] grid = jdbc.queryForObject("""
                SELECT t.name, c.name, cp.name, g.name FROM micro_grid g JOIN compound cp ON cp.id = g.compound_id
                JOIN community c ON c.id = cp.community_id JOIN town t ON t.id = g.town_id WHERE t.name = '虞山街道'
                ORDER BY g.id LIMIT 1""", (rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)});
        String institution = jdbc.queryForObject("SELECT MIN(name) FROM institution", String.class);
        login("yushan", "demo");
        waitFor(By.tagName("vaadin-app-layout"));
        open("pairing/reports");
        waitFor(By.tagName("vaadin-grid"));
        clickButton(List.of("Excel导入"));
        waitForText("批量导入报到人员");

        upload(messyFile(grid, institution, true));
        waitForText("导入预览");
        waitForText("读到“138 1234 567”，共 10 位数字：手机号码应为 11 位");
        assertThat(bodyText()).contains("新增 3 行", "跳过 3 行", "2 处错误", "表头在第 3 行", "以下列不在模板中，已忽略：序号");
        driver.manage().window().setSize(new Dimension(1440, 900));
        screenshot("import-01-preview-problems-1440");
        driver.manage().window().setSize(new Dimension(390, 844));
        screenshot("import-02-preview-problems-390");
        clickTab("逐行预览");
        screenshot("import-03-preview-rows-390");
        driver.manage().window().setSize(new Dimension(1440, 900));
        screenshot("import-04-preview-rows-1440");
        clickButton(List.of("取消"));

        upload(messyFile(grid, institution, false));
        waitForText("新增 3 行，更新 0 行，无变化 0 行，跳过 3 行，0 处错误");
        clickButton(List.of("确认导入"));
        waitForText("导入完成：新增 3 人，更新 0 人");
        screenshot("import-05-imported-1440");
        assertThat(jdbc.queryForList("SELECT phone FROM grid_report WHERE name LIKE '旅程%' ORDER BY phone", String.class))
                .containsExactly("13700001111", "13812345678", "13912345678");
    }

    private void clickTab(String text) {
        WebElement tab = waitUpTo(20).until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().startsWith(text)).findFirst().orElse(null));
        tab.click();
    }

    private void upload(Path file) {
        WebElement upload = waitUpTo(20).until(d -> d.findElements(By.tagName("vaadin-upload")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        List<WebElement> inputs = new ArrayList<>(upload.findElements(By.cssSelector("input[type=file]")));
        if (inputs.isEmpty()) {
            inputs.addAll(upload.getShadowRoot().findElements(By.cssSelector("input[type=file]")));
        }
        inputs.getFirst().sendKeys(file.toAbsolutePath().toString());
    }

    private static Path messyFile(String[] g, String institution, boolean withMistakes) throws Exception {
        XSSFWorkbook book = new XSSFWorkbook();
        book.createSheet("草稿").createRow(0).createCell(0).setCellValue("旧表，别导入");
        XSSFSheet s = book.createSheet("报到名册");
        s.createRow(0).createCell(0).setCellValue(g[0] + "在职党员和志愿者报到名册（2026年3月）");
        s.addMergedRegion(new CellRangeAddress(0, 0, 0, 11));
        String[] header = {"序号", "类型", "姓名", "身份证号", "联系电话", "单位", "技能特长", "镇(街道) ", "社区", "小区", "微网格", "报到日期"};
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"", "在职党员", "张伟", "32058119850312001X", "13812345678", "常熟市第一人民医院", "医疗", "虞山街道",
                "张坝社区", "义庄公寓", "第1网格", "2026-03-01"});
        rows.add(new String[] {"1", "志愿者", "旅程陆晓梅", id("32058119900517002"), "138 1234 5678", "", "理发", g[0], g[1], g[2],
                g[3], "2026年3月2日"});
        rows.add(new String[] {"2", "在职党员", "旅程顾建国", id("32058119780902003"), "139-1234-5678", institution, "法律咨询", g[0],
                g[1], g[2], g[3], "2026/3/5"});
        rows.add(new String[] {"3", "志愿者", "旅程钱慧", id("32058119951120004").toLowerCase(), "+86 137 0000 1111", "", "", g[0],
                g[1], g[2], g[3], "2026.3.6"});
        if (withMistakes) {
            rows.add(new String[] {"4", "志愿者", "旅程周敏", id("32058119880101005"), "138 1234 567", "", "", g[0], g[1], g[2], g[3],
                    "3/9/26"});
        }
        rows.add(new String[] {});
        rows.add(new String[] {"合计", "", withMistakes ? "4人" : "3人"});
        rows.add(new String[] {"注：本表由社区党委每月填报。"});
        XSSFRow head = s.createRow(2);
        for (int i = 0; i < header.length; i++) {
            head.createCell(i).setCellValue(header[i]);
        }
        int r = 3;
        for (String[] values : rows) {
            XSSFRow row = s.createRow(r++);
            for (int i = 0; i < values.length; i++) {
                if (!values[i].isEmpty()) {
                    row.createCell(i).setCellValue(values[i]);
                }
            }
        }
        book.setActiveSheet(1);
        book.setSheetHidden(0, true);
        Path file = Files.createTempFile("报到名册", ".xlsx");
        try (book; OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        return file;
    }

    private static String id(String first17) {
        return first17 + cn.haitang.console.pairing.IdNumbers.checkCharacter(first17);
    }
}
