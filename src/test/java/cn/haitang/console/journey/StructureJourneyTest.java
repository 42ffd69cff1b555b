package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.io.ByteArrayInputStream;
import java.util.Base64;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The coordinator of 虞山街道 in real Chromium: sees only their town, adds a grid party group and a
 * central household through the structure view, and exports their compounds to Excel.
 */
class StructureJourneyTest extends BrowserJourney {

    private static final String GROUP = "旅程测试党小组";
    private static final String MEMBER = "旅程测试户";

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void deleteWhatTheJourneyAdded() {
        jdbc.update("DELETE FROM central_household WHERE member_name = ?", MEMBER);
        jdbc.update("DELETE FROM grid_group WHERE name = ?", GROUP);
    }

    @Test
    void yushanAddsAGridGroupAndACentralHouseholdSeesOnlyTheirTownAndExportsTheirCompounds() throws Exception {
        // A 虞山街道 compound with a micro-grid that has no grid party group yet.
        var free = jdbc.queryForMap("""
                SELECT cp.name AS compound, m.name AS grid, b.name AS branch FROM micro_grid m
                JOIN compound cp ON cp.id = m.compound_id JOIN town t ON t.id = cp.town_id
                JOIN party_branch b ON b.compound_id = cp.id AND b.branch_type = 'FUNCTIONAL'
                WHERE t.code = 'yushan' AND NOT EXISTS (SELECT 1 FROM grid_group g WHERE g.micro_grid_id = m.id)
                ORDER BY m.id LIMIT 1""");
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");

        open("structure");
        waitForText("张坝社区");
        String tree = bodyText();
        assertThat(tree).contains("虞山街道").doesNotContain("梅李镇", "常福街道");
        screenshot("structure-01-coordinator-tree");

        search(free.get("branch").toString());
        waitForText("新建网格党小组");
        screenshot("structure-02-branch-found");
        clickButton(List.of("新建网格党小组"));
        WebElement grid = field("vaadin-combo-box", "微网格");
        grid.sendKeys(free.get("grid").toString());
        Thread.sleep(800);
        grid.sendKeys(Keys.ENTER);
        waitUpTo(10).until(d -> !field("vaadin-text-field", "名称").getAttribute("value").isEmpty());
        WebElement name = field("vaadin-text-field", "名称");
        name.sendKeys(Keys.chord(Keys.CONTROL, "a"), GROUP);
        field("vaadin-text-field", "党小组组长").sendKeys("顾建国");
        field("vaadin-integer-field", "党员人数").sendKeys("6");
        screenshot("structure-03-grid-group-form");
        clickButton(List.of("保存"));
        waitForText("已保存 " + GROUP);

        search(GROUP);
        waitForText("新建党员中心户");
        clickButton(List.of("新建党员中心户"));
        field("vaadin-text-field", "党员姓名").sendKeys(MEMBER);
        field("vaadin-text-field", "手机号码").sendKeys("1391234");
        field("vaadin-text-field", "楼栋单元").sendKeys("6幢2单元");
        field("vaadin-integer-field", "联系户数").sendKeys("12");
        clickButton(List.of("保存"));
        waitForText("请填写 11 位手机号码");
        screenshot("structure-04-household-phone-refused");
        field("vaadin-text-field", "手机号码").sendKeys("5678");
        clickButton(List.of("保存"));
        waitForText("已保存 " + MEMBER);
        search(MEMBER);
        waitForText("6幢2单元");
        screenshot("structure-05-household-added");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM central_household h JOIN grid_group g ON g.id = h.grid_group_id"
                + " WHERE h.member_name = ? AND g.name = ? AND h.phone = '13912345678'", Integer.class, MEMBER, GROUP))
                .isEqualTo(1);

        open("compounds");
        waitForText("共 80 个小区");
        assertThat(bodyText()).doesNotContain("梅李镇");
        screenshot("structure-06-compound-list");
        WebElement export = waitFor(By.cssSelector("a[download]"));
        String href = export.getAttribute("href");
        String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
                  let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s));
                }).catch(e => done('ERROR ' + e));""", href);
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("镇（街道）");
            assertThat(cn.haitang.console.support.Sheets.lastDataRow(sheet)).isEqualTo(80);
            for (int r = 1; r <= 80; r++) {
                assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo("虞山街道");
            }
        }

        open("coverage");
        waitForText("实体型党支部覆盖率");
        assertThat(bodyText()).doesNotContain("梅李镇");
        screenshot("structure-07-coverage-coordinator");
    }

    private void search(String text) {
        WebElement input = waitFor(By.cssSelector("vaadin-text-field.ht-tree-search input"));
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text, Keys.ENTER);
    }

    /** The input of a visible field with the given label (in the open dialog, if any). */
    private WebElement field(String tag, String label) {
        return waitUpTo(20).until(d -> (WebElement) ((JavascriptExecutor) d).executeScript("""
                const fields = [...document.querySelectorAll(arguments[0])].filter(f => f.label === arguments[1]
                    && f.offsetParent !== null);
                const f = fields[fields.length - 1];
                return f ? f.querySelector('input') : null;""", tag, label));
    }
}
