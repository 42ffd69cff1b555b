package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.pairing.MatterCategory;
import cn.haitang.console.pairing.MatterFilter;
import cn.haitang.console.pairing.MatterForm;
import cn.haitang.console.pairing.MatterSource;
import cn.haitang.console.pairing.MatterState;
import cn.haitang.console.pairing.MattersService;
import cn.haitang.console.pairing.PairingService;
import cn.haitang.console.region.CommunityRef;
import cn.haitang.console.support.BrowserJourney;
import cn.haitang.console.support.TestLogin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 共驻共建 in real Chromium: a coordinator records a unified-service-day activity, and a city admin takes
 * a matter on the board from published through claimed and resolved to closed. Screenshots of every
 * pairing view land in target/screenshots.
 */
class PairingJourneyTest extends BrowserJourney {

    @Autowired
    MattersService matters;
    @Autowired
    PairingService pairing;
    @Autowired
    TestLogin testLogin;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The journey writes through the UI, so it removes its own uniquely named records afterwards. */
    @org.junit.jupiter.api.AfterEach
    void removeJourneyRecords() {
        String matters = "SELECT id FROM matter WHERE title LIKE '旅程事项：%'";
        jdbc.update("DELETE FROM matter_step WHERE matter_id IN (" + matters + ")");
        jdbc.update("DELETE FROM matter_claim WHERE matter_id IN (" + matters + ")");
        jdbc.update("DELETE FROM matter WHERE title LIKE '旅程事项：%'");
        jdbc.update("DELETE FROM activity WHERE description LIKE '浏览器旅程：%'");
    }

    /** The displayed field with this label that is not covered (in a dialog: the dialog's, not the toolbar's). */
    private WebElement field(String tag, String label) {
        return waitUpTo(30).until(d -> d.findElements(By.tagName(tag)).stream().filter(WebElement::isDisplayed)
                .filter(f -> label.equals(f.getDomProperty("label"))).filter(this::onTop).findFirst().orElse(null));
    }

    private boolean onTop(WebElement element) {
        Object top = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const el = arguments[0]; const r = el.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height - 8);
                return hit !== null && (hit === el || el.contains(hit));""", element);
        return Boolean.TRUE.equals(top);
    }

    private void pickFirst(String comboTag, String label) {
        WebElement input = field(comboTag, label).findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        waitUpTo(10).until(d -> !d.findElements(By.tagName(comboTag.equals("vaadin-combo-box") ? "vaadin-combo-box-item"
                : "vaadin-multi-select-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        input.sendKeys(Keys.TAB);
        waitUpTo(10).until(d -> d.findElements(By.tagName(comboTag.equals("vaadin-combo-box") ? "vaadin-combo-box-item"
                : "vaadin-multi-select-combo-box-item")).stream().noneMatch(WebElement::isDisplayed));
    }

    private void type(String tag, String label, String text) {
        WebElement input = field(tag, label).findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input"));
        input.clear();
        input.sendKeys(text);
    }

    /**
     * Drops the app's session cookie before logging in (deleting cookies on about:blank, as the base
     * class does, leaves the app's cookie in place when an earlier journey is still logged in).
     */
    private void loginFresh(String username) {
        open("login");
        driver.manage().deleteAllCookies();
        login(username, "demo");
    }

    @Test
    void coordinatorRecordsAUnifiedServiceDayActivity() throws Exception {
        loginFresh("yushan");
        waitForText("您好，虞山街道协调员");
        open("pairing/activities");
        waitForText("记录活动");
        waitFor(By.tagName("vaadin-grid"));
        screenshot("pairing-01-activities-coordinator");
        clickButton(List.of("记录活动"));
        pickFirst("vaadin-combo-box", "单位");
        pickFirst("vaadin-combo-box", "社区");
        type("vaadin-integer-field", "参加人数", "16");
        type("vaadin-big-decimal-field", "时长（小时）", "2.5");
        type("vaadin-text-area", "活动内容", "浏览器旅程：统一服务日清理楼道杂物");
        screenshot("pairing-02-activity-form");
        clickButton(List.of("保存"));
        waitForText("活动已保存");
        waitForText("浏览器旅程：统一服务日清理楼道杂物");
        screenshot("pairing-03-activity-recorded");
        // the export link streams the coordinator's activities as a workbook (the scope applies in the download)
        Object download = ((org.openqa.selenium.JavascriptExecutor) driver).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = document.querySelector('a.ht-download');
                fetch(link.href, {credentials: 'include'})
                    .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' ' + b.byteLength)))
                    .catch(e => done('failed ' + e));""");
        assertThat(String.valueOf(download)).startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet ")
                .doesNotEndWith(" 0");
        open("pairing/service-days");
        waitForText("已开展统一服务日");
        screenshot("pairing-04-service-days");
        open("pairing/reports");
        waitForText("报到名单");
        waitFor(By.tagName("vaadin-grid"));
        screenshot("pairing-05-reports-coordinator");
        clickButton(List.of("Excel导入"));
        waitForText("批量导入报到人员");
        screenshot("pairing-05b-report-import");
        clickButton(List.of("关闭"));
        logout();
    }

    @Test
    void adminTakesAMatterFromPublishedToClosed() throws Exception {
        String title = "旅程事项：楼道扶手加装" + System.currentTimeMillis() % 100000;
        testLogin.as("admin");
        CommunityRef community = pairing.communitiesInScope().getFirst();
        long id = matters.raise(new MatterForm(title, "老人上下楼困难，希望加装扶手", MatterCategory.AGEING_CARE,
                MatterSource.PIONEER_NIGHT, community.id(), null, LocalDate.now()));
        matters.publish(id, matters.detail(id).row().version());
        testLogin.logout();

        loginFresh("admin");
        waitForText("您好，市委组织部管理员");
        open("pairing/institutions");
        waitForText("常熟市委组织部");
        screenshot("pairing-06-institutions");
        open("pairing/communities");
        waitForText("结对单位 85 / 85");
        screenshot("pairing-07-community-pairings");
        open("pairing/matters");
        waitForText("待揭榜");
        waitFor(By.tagName("vaadin-grid"));
        screenshot("pairing-08-board");
        type("vaadin-text-field", "搜索事项", title);
        // The grid re-renders after the search (slowly on a busy machine): click the row, and again if no dialog opened.
        for (int attempt = 0; attempt < 4 && driver.findElements(By.id("step-CLAIM")).isEmpty(); attempt++) {
            try {
                waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                        .filter(c -> c.getText().contains(title)).findFirst().orElse(null)).click();
                waitUpTo(15).until(d -> !d.findElements(By.id("step-CLAIM")).isEmpty());
            } catch (org.openqa.selenium.WebDriverException e) {
                // stale cell or no dialog yet: try again
            }
        }
        waitForText("揭榜领办");
        pickFirst("vaadin-multi-select-combo-box", "揭榜单位");
        clickButton(List.of("揭榜领办"));
        waitForText("已完成：揭榜领办");
        clickButton(List.of("开始办理"));
        waitForText("已完成：开始办理");
        type("vaadin-text-area", "办理情况", "结对单位出资加装扶手 12 处");
        clickButton(List.of("办结"));
        waitForText("已完成：办结");
        type("vaadin-text-field", "验收居民代表 / 退回原因", "居民代表王芳");
        clickButton(List.of("居民代表验收"));
        waitForText("已完成：居民代表验收");
        clickButton(List.of("关闭事项"));
        waitForText("事项已关闭，无后续步骤");
        screenshot("pairing-09-matter-closed");
        clickButton(List.of("关闭"));
        clickButton(List.of("统计"));
        waitForText("按分类");
        screenshot("pairing-10-board-figures");
        clickButton(List.of("关闭"));
        testLogin.as("admin");
        assertThat(matters.detail(id).row().state()).isEqualTo(MatterState.CLOSED);
        assertThat(matters.detail(id).timeline()).hasSize(7);
        assertThat(matters.count(new MatterFilter(null, null, null, MatterState.CLOSED, null, false, title))).isEqualTo(1);
        testLogin.logout();
    }
}
