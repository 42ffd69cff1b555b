package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The morning's workbench in Chromium, at 1440 px and at a phone's 390 × 844: grouped navigation, the
 * inbox on the home page, an inbox item opening the matter to accept, lists as cards with folded filters.
 */
class WorkbenchJourneyTest extends BrowserJourney {

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    private long lastStep;

    @org.junit.jupiter.api.BeforeEach
    void rememberTheLastStep() {
        lastStep = jdbc.queryForObject("SELECT COALESCE(MAX(id), 0) FROM matter_step", Long.class);
    }

    /** The phone journey accepts a matter through the UI: it is put back to resolved, as the demo has it. */
    @AfterEach
    void desktopAgain() {
        phone(false);
        List<Long> accepted = jdbc.queryForList("SELECT matter_id FROM matter_step WHERE id > ? AND to_state = 'ACCEPTED'",
                Long.class, lastStep);
        for (Long matter : accepted) {
            jdbc.update("UPDATE matter SET state = 'RESOLVED' WHERE id = ?", matter);
        }
        jdbc.update("DELETE FROM matter_step WHERE id > ? AND to_state = 'ACCEPTED'", lastStep);
    }

    /** A phone's viewport (390 × 844, touch) or back to a 1440 × 900 desktop; the page sees a resize. */
    private static void phone(boolean on) {
        ((org.openqa.selenium.chrome.ChromeDriver) driver).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", on ? 390 : 1440, "height", on ? 844 : 900, "deviceScaleFactor", 1, "mobile", on));
    }

    /** Elements of the page (outside grids, which scroll inside themselves) that reach past the screen's right edge. */
    @SuppressWarnings("unchecked")
    private static List<String> widerThanTheScreen() {
        return (List<String>) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const width = document.documentElement.clientWidth;
                return [...document.querySelectorAll('body *')]
                    .filter(e => !e.closest('vaadin-grid') && e.getBoundingClientRect().width > 0
                        && e.getBoundingClientRect().right > width + 1)
                    .map(e => e.tagName.toLowerCase() + '.' + e.className + ' → ' + Math.round(e.getBoundingClientRect().right));""");
    }

    private void dialogOpen() throws InterruptedException {
        waitUpTo(30).until(d -> !d.findElements(By.tagName("vaadin-dialog")).isEmpty());
        Thread.sleep(800);
    }

    @Test
    void aCoordinatorsMorningOnADesktopAndOnAPhone() throws Exception {
        phone(false);
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        waitForText("待办事项（");
        assertThat(bodyText()).contains("工作台", "组织体系", "小区治理", "共驻共建", "示范点创建", "物业纠纷超期未结")
                .doesNotContain("系统管理");
        screenshot("workbench-01-home-1440");

        open("pairing/matters");
        waitForText("海棠有约·共商共办");
        screenshot("workbench-02-matters-1440");

        phone(true);
        open("");
        waitForText("待办事项（");
        waitFor(By.cssSelector(".ht-dash-panel canvas"));
        assertThat(widerThanTheScreen()).as("nothing on the home page makes a phone scroll sideways").isEmpty();
        open("inbox");
        waitForText("我的待办");
        screenshot("workbench-03-inbox-390");
        // the first resolved matter waiting for acceptance opens on the board
        WebElement accept = waitUpTo(30).until(d -> d.findElements(By.cssSelector(".ht-inbox-item")).stream()
                .filter(e -> e.getText().contains("已解决待验收")).findFirst().orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                accept);
        String title = accept.findElement(By.cssSelector(".ht-inbox-title")).getText();
        accept.click();
        dialogOpen();
        screenshot("workbench-04-matter-390");
        // the coordinator records the residents' representative's acceptance
        clickButton(List.of("居民代表验收"));
        waitForText("已完成：居民代表验收");
        screenshot("workbench-04b-matter-accepted-390");
        assertThat(jdbc.queryForList("SELECT m.title FROM matter_step s JOIN matter m ON m.id = s.matter_id"
                + " WHERE s.id > ? AND s.to_state = 'ACCEPTED' AND m.state = 'ACCEPTED'", String.class, lastStep))
                .containsExactly(title);
        open("inbox");
        waitForText("我的待办");
        assertThat(driver.findElements(By.cssSelector(".ht-inbox-item")).stream().map(WebElement::getText)
                .filter(t -> t.contains("已解决待验收")).toList()).as("the accepted matter left the inbox")
                .noneMatch(t -> t.contains(title));

        open("pairing/matters");
        waitForText("海棠有约·共商共办");
        waitFor(By.cssSelector("vaadin-grid.ht-phone-grid"));
        screenshot("workbench-05-matters-390");
        waitFor(By.cssSelector("vaadin-button.ht-filter-toggle")).click();
        waitUpTo(10).until(d -> !d.findElements(By.cssSelector(".ht-phone-filters.ht-filters-open")).isEmpty());
        screenshot("workbench-06-matters-filters-390");

        open("governance/disputes");
        waitFor(By.cssSelector("vaadin-grid.ht-phone-grid"));
        screenshot("workbench-07-disputes-390");
        open("compounds");
        waitFor(By.cssSelector("vaadin-grid.ht-phone-grid"));
        screenshot("workbench-08-compounds-390");
        open("notices");
        waitForText("通知公告");
        screenshot("workbench-09-notices-390");
        // the lists that became cards on a phone
        for (String list : List.of("pairing/reports", "accreditation/applications", "circle/scenes", "funds",
                "deliberation/sessions")) {
            open(list);
            waitFor(By.cssSelector("vaadin-grid.ht-phone-grid"));
            waitUpTo(30).until(d -> !d.findElements(By.cssSelector("vaadin-grid .ht-cell-title")).isEmpty());
            assertThat(widerThanTheScreen()).as(list + " on a phone").isEmpty();
            screenshot("workbench-12-" + list.replace('/', '-') + "-390");
        }
    }

    @Test
    void theAdminsSectionsAndNotices() throws Exception {
        phone(false);
        login("admin", "demo");
        waitForText("您好，市委组织部管理员");
        assertThat(bodyText()).contains("工作台", "系统管理", "示范点创建", "通知公告");
        screenshot("workbench-10-admin-home-1440");
        open("notices");
        waitForText("发布通知");
        clickButton(List.of("发布通知"));
        dialogOpen();
        screenshot("workbench-11-notice-form-1440");
    }
}
