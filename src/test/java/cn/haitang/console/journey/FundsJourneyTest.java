package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A 虞山 coordinator, in Chromium: records an anonymous donation with a PDF voucher in a community fund,
 * reports a project's milestone, and prints the fund's disclosure page (anonymous donor unnamed); with
 * screenshots at 1440 and 390 px.
 */
class FundsJourneyTest extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void coordinatorRecordsADonationWithAVoucherAMilestoneAndPrintsTheDisclosure() throws Exception {
        driver.manage().window().setSize(new Dimension(1440, 900));
        long fund = jdbc.queryForObject("""
                SELECT f.id FROM fund f JOIN town t ON t.id = f.town_id WHERE t.code = 'yushan' ORDER BY f.id LIMIT 1""", Long.class);
        long project = jdbc.queryForObject("""
                SELECT p.id FROM contest_project p JOIN town t ON t.id = p.town_id
                WHERE t.code = 'yushan' AND p.state = 'IN_PROGRESS' ORDER BY p.id LIMIT 1""", Long.class);
        String donor = "旅程测试捐赠人" + System.nanoTime() % 100000;
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        open("funds");
        waitForText("余额（元）");
        screenshot("funds-01-list-1440");

        open("funds/ledger/" + fund);
        waitForText("近 12 个月收支");
        screenshot("funds-02-ledger-1440");
        clickButton(List.of("登记收支"));
        type("vaadin-big-decimal-field", "金额（元）", "1288.50");
        type("vaadin-text-field", "对方单位/个人", donor);
        type("vaadin-text-field", "用途/摘要", "助老助餐捐赠");
        WebElement anonymous = waitUpTo(10).until(d -> d.findElements(By.tagName("vaadin-checkbox")).stream()
                .filter(c -> c.getText().contains("匿名")).findFirst().orElse(null));
        anonymous.click();
        clickButton(List.of("保存"));
        waitForText("收支已登记");
        type("vaadin-text-field", "搜索对方或用途", donor);
        // the grid renders its rows again when the filter's answer arrives: a click on the row as it was before
        // is lost, so find the row and click until the movement opens
        waitUpTo(60).ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
            if (bodyText().contains("上传凭证")) {
                return true;
            }
            d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                    .filter(c -> c.getText().contains(donor)).findFirst().ifPresent(WebElement::click);
            return false;
        });
        Path pdf = Files.createTempFile("voucher", ".pdf");
        Files.write(pdf, "%PDF-1.4\n% journey voucher\n".getBytes());
        WebElement upload = waitFor(By.tagName("vaadin-upload"));
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(pdf.toString());
        waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .anyMatch(c -> c.getText().startsWith("voucher")));
        screenshot("funds-03-movement-voucher-1440");
        clickButton(List.of("关闭"));

        open("funds/projects?project=" + project);
        waitForText("实施节点");
        clickButton(List.of("添加节点"));
        type("vaadin-text-field", "节点", "入户回访受益老人");
        WebElement due = waitUpTo(10).until(d -> d.findElements(By.tagName("vaadin-date-picker")).stream()
                .filter(p -> "计划完成".equals(p.getDomProperty("label"))).findFirst().orElse(null));
        WebElement dueInput = due.findElement(By.tagName("input"));
        dueInput.sendKeys("2027-03-15", Keys.ENTER);
        clickButton(List.of("保存"));
        waitForText("入户回访受益老人");
        screenshot("funds-04-project-milestone-1440");

        open("funds/disclosure/" + fund);
        waitForText("资金公示");
        waitForText("匿名爱心人士");
        assertThat(bodyText()).doesNotContain(donor).contains("期末余额");
        ((JavascriptExecutor) driver).executeScript("window.__printed = false; window.print = () => { window.__printed = true; };");
        clickButton(List.of("打印"));
        waitUpTo(10).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return window.__printed;")));
        screenshot("funds-05-disclosure-1440");

        driver.manage().window().setSize(new Dimension(390, 844));
        open("funds/disclosure/" + fund);
        waitForText("匿名爱心人士");
        screenshot("funds-06-disclosure-390");
        open("funds/ledger/" + fund);
        waitForText("近 12 个月收支");
        screenshot("funds-07-ledger-390");
        open("funds/projects?late=1");
        waitForText("创投项目");
        screenshot("funds-08-projects-390");
        driver.manage().window().setSize(new Dimension(1440, 900));
        open("funds/projects?late=1");
        waitForText("节点滞后");
        screenshot("funds-09-projects-late-1440");
        login("admin", "demo");
        waitForText("您好，市委组织部管理员");
        open("funds/contest");
        waitForText("评审排名");
        screenshot("funds-10-contest-1440");
    }

    /** Types into the field of this tag with this label (inside a dialog or on the page). */
    private void type(String tag, String label, String text) {
        WebElement field = waitUpTo(15).until(d -> d.findElements(By.tagName(tag)).stream()
                .filter(f -> label.equals(f.getDomProperty("label")) && f.isDisplayed()).findFirst().orElse(null));
        WebElement input = field.findElement(By.tagName("input"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }
}
