package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/** The walking skeleton as a person uses it, in real Chromium through the real filter chain. */
class LoginJourneyTest extends BrowserJourney {

    @Test
    void wrongPasswordIsRefusedThenAdminLogsInSwitchesLanguageAndLogsOut() throws Exception {
        open("");
        waitFor(By.tagName("vaadin-login-form"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
        waitForText("海棠红·幸福里 治理工作台");
        screenshot("01-login");

        login("admin", "wrong-password");
        waitForText("用户名或密码不正确");
        screenshot("02-login-refused");

        login("admin", "demo");
        waitForText("您好，市委组织部管理员");
        assertThat(bodyText()).as("the admin's own section, folded until opened").contains("常熟市（全市）", "系统管理");
        screenshot("03-home-admin");

        open("admin/users");
        waitForText("reviewer5");
        assertThat(bodyText()).contains("新建用户", "虞山街道协调员", "梅李镇");
        assertThat(bodyText()).as("the page's section opened with its entries").contains("用户管理", "操作审计", "登录日志");
        screenshot("06-users");
        open("admin/logins");
        waitForText("密码错误");
        screenshot("07-login-log");
        open("admin/audit");
        waitForText("变更内容");
        screenshot("08-audit");
        open("");
        waitForText("您好，市委组织部管理员");

        clickButton(List.of("English"));
        waitForText("Hello, 市委组织部管理员");
        assertThat(bodyText()).contains("Workbench", "System", "Log out");
        screenshot("04-home-english");

        clickButton(List.of("中文"));
        waitForText("您好，市委组织部管理员");

        clickButton(List.of("退出登录"));
        waitFor(By.tagName("vaadin-login-form"));
        open("admin/users");
        waitFor(By.tagName("vaadin-login-form"));
        assertThat(driver.getCurrentUrl()).endsWith("/login");
    }

    @Test
    void coordinatorSeesOwnAreaAndNoAdminMenu() throws Exception {
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        String text = bodyText();
        assertThat(text).contains("虞山街道").doesNotContain("用户管理", "操作审计");
        screenshot("05-home-coordinator");
        clickButton(List.of("退出登录"));
        waitFor(By.tagName("vaadin-login-form"));
    }
}
