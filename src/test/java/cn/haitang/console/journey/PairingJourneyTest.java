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

    private void pickFirst(String comboTag, String label) {
        WebElement combo = waitUpTo(30).until(d -> d.findElements(By.tagName(comboTag)).stream()
                .filter(WebElement::isDisplayed).filter(c -> label.equals(c.getDomAttribute("label"))
                        || label.equals(c.getDomProperty("label"))).findFirst().orElse(null));
        WebElement input = combo.findElement(By.tagName("input"));
        input.click();
        input.sendKeys(Keys.ARROW_DOWN);
        waitUpTo(10).until(d -> !d.findElements(By.tagName(comboTag.equals("vaadin-combo-box") ? "vaadin-combo-box-item"
                : "vaadin-multi-select-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        input.sendKeys(Keys.ESCAPE);
    }

    private void type(String tag, String label, String text) {
        WebElement field = waitUpTo(30).until(d -> d.findElements(By.tagName(tag)).stream().filter(WebElement::isDisplayed)
                .filter(f -> label.equals(f.getDomProperty("label"))).findFirst().orElse(null));
        WebElement input = field.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input"));
        input.clear();
        input.sendKeys(text);
    }

    @Test
    void coordinatorRecordsAUnifiedServiceDayActivity() throws Exception {
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        open("pairing/activities");
        waitForText("记录活动");
        waitFor(By.tagName("vaadin-grid"));
        screenshot("pairing-01-activities-coordinator");
        clickButton(List.of("记录活动"));
        waitFor(By.tagName("vaadin-dialog-overlay"));
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
        open("pairing/service-days");
        waitForText("已开展统一服务日");
        screenshot("pairing-04-service-days");
        open("pairing/reports");
        waitForText("报到名单");
        waitFor(By.tagName("vaadin-grid"));
        screenshot("pairing-05-reports-coordinator");
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

        login("admin", "demo");
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
        WebElement cell = waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(c -> c.getText().contains(title)).findFirst().orElse(null));
        cell.click();
        waitFor(By.tagName("vaadin-dialog-overlay"));
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
        testLogin.as("admin");
        assertThat(matters.detail(id).row().state()).isEqualTo(MatterState.CLOSED);
        assertThat(matters.detail(id).timeline()).hasSize(7);
        assertThat(matters.count(new MatterFilter(null, null, null, MatterState.CLOSED, null, false, title))).isEqualTo(1);
        testLogin.logout();
    }
}
