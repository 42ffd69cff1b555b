package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.deliberation.ConsultationForm;
import cn.haitang.console.deliberation.ConsultationService;
import cn.haitang.console.deliberation.RoundForm;
import cn.haitang.console.deliberation.VoteItem;
import cn.haitang.console.deliberation.VoteService;
import cn.haitang.console.support.BrowserJourney;
import cn.haitang.console.support.TestLogin;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * 议事协商 in real Chromium: 虞山街道's coordinator records a 逢五说事 session with two topics, sends one to the
 * 海棠有约 board, then imports the owners' ballots of a consultation, counts them (art. 278 passes) and agrees the
 * final plan. Screenshots of the views at 1440 and 390 px land in target/screenshots.
 */
class DeliberationJourneyTest extends BrowserJourney {

    @Autowired
    TestLogin testLogin;
    @Autowired
    ConsultationService consultations;
    @Autowired
    VoteService votes;
    @Autowired
    JdbcTemplate jdbc;

    private WebElement field(String tag, String label) {
        return waitUpTo(30).until(d -> d.findElements(By.tagName(tag)).stream().filter(WebElement::isDisplayed)
                .filter(f -> label.equals(f.getDomProperty("label"))).reduce((a, b) -> b).orElse(null));
    }

    private void type(String tag, String label, String text) {
        WebElement input = field(tag, label).findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input"));
        input.clear();
        input.sendKeys(text, Keys.TAB);
    }

    private void choose(String tag, String label, String item) {
        if (tag.equals("vaadin-select")) {
            // on a busy machine the first click may come before the select is ready, or the dialog may render the
            // select again meanwhile: find it and click until it is open. Only items of the open list count — a
            // select shows its chosen item as a copy in its value button (the page's filters hold such copies).
            WebElement chosen = waitUpTo(60).until(d -> {
                WebElement select = field(tag, label);
                if (!Boolean.parseBoolean(String.valueOf(select.getDomProperty("opened")))) {
                    select.click();
                    return null;
                }
                return d.findElements(By.cssSelector("vaadin-select-list-box vaadin-select-item")).stream()
                        .filter(i -> i.isDisplayed() && i.getText().trim().equals(item)).findFirst().orElse(null);
            });
            // a list that opens near the window's bottom reaches past it: choose the item where it is
            ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", chosen);
        } else {
            WebElement input = field(tag, label).findElement(By.tagName("input"));
            input.click();
            input.sendKeys(item);
            waitUpTo(10).until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream()
                    .filter(i -> i.isDisplayed() && i.getText().contains(item)).findFirst().orElse(null)).click();
        }
    }

    /** Clicks the displayed button with this text that nothing covers: in stacked dialogs, the one on top. */
    private void clickLast(String text) {
        WebElement button = waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.isDisplayed() && b.isEnabled() && text.equals(b.getText().trim())).filter(this::onTop)
                .reduce((a, b) -> b).orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", button);
    }

    private boolean onTop(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});",
                element);
        Object top = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const el = arguments[0]; const r = el.getBoundingClientRect();
                const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
                return hit !== null && (hit === el || el.contains(hit));""", element);
        return Boolean.TRUE.equals(top);
    }

    private void both(String name) throws Exception {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1440, 900));
        Thread.sleep(400);
        screenshot(name + "-1440");
        driver.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(400);
        screenshot(name + "-390");
        driver.manage().window().setSize(before);
    }

    @Test
    void coordinatorRecordsAFengwuSessionSendsATopicToTheBoardAndClosesAConsultationWhoseImportedBallotsPass()
            throws Exception {
        String stamp = String.valueOf(System.currentTimeMillis() % 100000);
        String platform = jdbc.queryForObject("""
                SELECT p.name FROM delib_platform p JOIN town t ON t.id = p.town_id
                WHERE t.code = 'yushan' AND p.kind = 'FENGWU' AND p.active ORDER BY p.id LIMIT 1""", String.class);
        testLogin.as("yushan");
        long compound = jdbc.queryForObject("SELECT MIN(id) FROM compound WHERE town_id = (SELECT id FROM town WHERE code = 'yushan') "
                + "AND name <> '义庄公寓'", Long.class);
        long consultation = consultations.open(new ConsultationForm("旅程协商：楼道加装扶手" + stamp, "老人上下楼困难，是否加装扶手",
                compound, LocalDate.now().minusDays(3)));
        consultations.addRound(consultation, new RoundForm(LocalDate.now().minusDays(2), "第一轮", "加装扶手", "各方同意"));
        votes.setOwnership(compound, votes.compoundVersion(compound), new BigDecimal("300.00"), 3);
        votes.open(consultation, VoteItem.REBUILD_OR_ALTER, "是否同意加装楼道扶手");
        testLogin.logout();
        Path ballots = Files.createTempFile("ballots", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(ballots)) {
            Sheet sheet = book.createSheet("表决票");
            String[][] rows = {{"户号", "业主姓名", "专有部分面积（㎡）", "表决意见"}, {"1幢101", "张三", "150", "同意"},
                    {"1幢102", "李四", "80.5", "同意"}, {"1幢103", "王五", "69.5", "同意"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < 4; c++) {
                    if (r > 0 && c == 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            book.write(out);
        }

        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        open("deliberation/platforms");
        waitFor(By.tagName("vaadin-grid"));
        waitForText("逢五说事");
        both("delib-01-platforms");
        open("deliberation/sessions");
        waitFor(By.tagName("vaadin-grid"));
        both("delib-02-sessions");
        clickButton(List.of("记录议事"));
        choose("vaadin-combo-box", "议事平台", platform);
        waitForText("已按“逢五”建议日期");
        type("vaadin-text-field", "主持人", "王书记");
        type("vaadin-integer-field", "居民", "21");
        type("vaadin-text-area", "议事纪要", "旅程议事" + stamp + "：居民反映消防通道被占、楼道灯不亮");
        clickLast("保存");
        waitForText("新增议题");
        for (String title : List.of("消防通道被占" + stamp, "楼道灯不亮" + stamp)) {
            clickLast("新增议题");
            type("vaadin-text-field", "议题", title);
            clickLast("保存");
            waitForText(title);
        }
        clickLast("确定办理方式");
        choose("vaadin-select", "办理方式", "发布海棠有约");
        choose("vaadin-select", "关键小事类别", "安全隐患");
        clickLast("保存");
        waitForText("已发布到海棠有约");
        waitForText("已发布");
        both("delib-03-session-topics");
        clickLast("取消");

        open("deliberation/consultations?consultation=" + consultation);
        waitForText("旅程协商：楼道加装扶手" + stamp);
        WebElement upload = waitFor(By.tagName("vaadin-upload"));
        WebElement input = (WebElement) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return arguments[0].querySelector('input[type=file]') || arguments[0].shadowRoot.querySelector('input[type=file]');",
                upload);
        input.sendKeys(ballots.toString());
        waitForText("已导入 3 张表决票");
        clickLast("计票并公布结果");
        WebElement confirm = waitUpTo(10).until(d -> d.findElements(
                By.cssSelector("vaadin-confirm-dialog vaadin-button[slot='confirm-button']")).stream().findFirst().orElse(null));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].click();", confirm);
        waitForText("表决通过");
        clickLast("形成最终方案");
        type("vaadin-text-area", "最终方案", "各单元楼道加装不锈钢扶手");
        type("vaadin-text-area", "责任分工（谁做什么）", "社区：组织施工；业委会：公示费用");
        clickLast("保存");
        waitForText("已形成最终方案");
        both("delib-04-consultation-closed");
        open("deliberation/overdue");
        waitFor(By.tagName("vaadin-grid"));
        both("delib-05-overdue");
        open("deliberation/consultations");
        waitFor(By.tagName("vaadin-grid"));
        both("delib-06-consultations");
        testLogin.as("yushan");
        assertThat(consultations.detail(consultation).row().votePassed()).isTrue();
        // one of the two topics went to the board as a published matter; the other is still undecided
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delib_topic t JOIN matter m ON m.id = t.matter_id "
                + "WHERE t.title IN (?, ?) AND m.state = 'PUBLISHED'", Long.class, "消防通道被占" + stamp, "楼道灯不亮" + stamp))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM delib_topic WHERE title IN (?, ?) AND outcome = 'PENDING'",
                Long.class, "消防通道被占" + stamp, "楼道灯不亮" + stamp)).isEqualTo(1);
        testLogin.logout();
        Files.deleteIfExists(ballots);
    }
}
