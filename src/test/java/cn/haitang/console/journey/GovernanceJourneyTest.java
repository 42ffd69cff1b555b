package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** A 虞山 coordinator looks at the showcase compound's governance and the formation gap list, in Chromium. */
class GovernanceJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coordinatorReadsTheShowcaseCompoundAndTheGapList() throws Exception {
        long showcase = jdbc.queryForObject("SELECT id FROM compound WHERE name = '城市之光小区'", Long.class);
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        assertThat(bodyText()).as("the section in the navigation").contains("小区治理");

        open("governance/compound/" + showcase);
        waitForText("业主委员会");
        assertThat(bodyText()).contains("业委会与候选人把关", "物业服务", "四方协同会议", "候选人把关记录", "交叉任职率");
        screenshot("gov-01-committee-tab");
        tab("物业服务");
        waitForText("现服务企业");
        screenshot("gov-02-property-tab");
        tab("四方协同会议");
        waitForText("议定事项");
        screenshot("gov-03-meetings-tab");

        open("governance/formation");
        waitForText("虞山街道业委会组建率");
        assertThat(bodyText()).contains("应建未建小区清单").doesNotContain("梅李镇");
        assertThat(bodyText()).as("the page's section opened with its entries").contains("业委会组建率", "物业纠纷");
        screenshot("gov-04-formation-coordinator");

        open("governance/disputes");
        waitForText("办结天数");
        screenshot("gov-05-disputes");
        clickButton(List.of("退出登录"));
        waitFor(By.tagName("vaadin-login-form"));
    }

    @Test
    void adminSeesTheCityFiguresCommitteesAndCompanies() throws Exception {
        login("admin", "demo");
        waitForText("您好，市委组织部管理员");
        open("governance/formation");
        waitForText("全市业委会组建率 87.60%（438/500）");
        screenshot("gov-06-formation-city");
        open("governance/committees");
        waitForText("交叉任职率");
        screenshot("gov-07-committees");
        open("governance/companies");
        waitForText("统一社会信用代码");
        screenshot("gov-08-companies");
        clickButton(List.of("新增物业企业"));
        WebElement save = waitUpTo(10).until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().trim().equals("保存")).findFirst().orElse(null));
        save.click();
        waitForText("此项为必填项");
        screenshot("gov-09-company-form-messages");
    }

    private void tab(String label) {
        WebElement tab = waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-tab")).stream()
                .filter(t -> t.getText().trim().equals(label)).findFirst().orElse(null));
        tab.click();
    }
}
