package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.circle.CircleFiguresService;
import cn.haitang.console.circle.HoursForm;
import cn.haitang.console.circle.OrganiserKind;
import cn.haitang.console.circle.PositionForm;
import cn.haitang.console.circle.PositionKind;
import cn.haitang.console.circle.PositionService;
import cn.haitang.console.circle.SceneForm;
import cn.haitang.console.circle.SceneService;
import cn.haitang.console.circle.SceneState;
import cn.haitang.console.circle.Slot;
import cn.haitang.console.circle.TargetGroup;
import cn.haitang.console.support.BrowserJourney;
import cn.haitang.console.support.TestData;
import cn.haitang.console.support.TestLogin;
import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The service circle in real Chromium: a coordinator of 虞山街道 opens a late-opening slot at a position,
 * and records a session of a scene for 少年儿童 with 25 participants; the service figures move by 25.
 * Screenshots of the circle's views at 1440 and 390 px land in target/screenshots.
 */
class CircleJourneyTest extends BrowserJourney {

    @Autowired
    TestData data;
    @Autowired
    TestLogin testLogin;
    @Autowired
    PositionService positions;
    @Autowired
    SceneService scenes;
    @Autowired
    CircleFiguresService figures;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /** The journey writes through the UI, so it removes its own uniquely named records afterwards. */
    @org.junit.jupiter.api.AfterEach
    void removeJourneyRecords() {
        String scenes = "SELECT id FROM scene WHERE name = '旅程青少年书法课'";
        String positions = "SELECT id FROM service_position WHERE name = '旅程党群服务中心'";
        jdbc.update("DELETE FROM service_record_person WHERE record_id IN (SELECT id FROM service_record WHERE scene_id IN ("
                + scenes + "))");
        jdbc.update("DELETE FROM service_record WHERE scene_id IN (" + scenes + ")");
        jdbc.update("DELETE FROM scene_month_tally WHERE scene_id IN (" + scenes + ")");
        jdbc.update("DELETE FROM scene_state_change WHERE scene_id IN (" + scenes + ")");
        jdbc.update("DELETE FROM circle_photo WHERE scene_id IN (" + scenes + ")");
        jdbc.update("DELETE FROM scene WHERE name = '旅程青少年书法课'");
        jdbc.update("DELETE FROM position_hours WHERE position_id IN (" + positions + ")");
        jdbc.update("DELETE FROM service_position WHERE name = '旅程党群服务中心'");
    }

    private WebElement dialogField(String tag, String label) {
        return waitUpTo(30).until(d -> d.findElements(By.tagName(tag)).stream()
                .filter(WebElement::isDisplayed).filter(f -> label.equals(f.getDomProperty("label")))
                // the list's own filters carry the same labels ("场景"): only a field inside the open dialog counts
                .filter(f -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].closest('vaadin-dialog, vaadin-dialog-overlay') !== null;", f)))
                .reduce((a, b) -> b).orElse(null));
    }

    /** The field of the second (new) opening-hours row, found by its accessible name. */
    private WebElement newRowField(String tag, String name) {
        return waitUpTo(20).until(d -> {
            List<WebElement> all = d.findElements(By.tagName(tag)).stream().filter(WebElement::isDisplayed)
                    .filter(f -> name.equals(f.getAttribute("accessible-name")) || name.equals(f.getAttribute("aria-label"))
                            || name.equals(f.getDomProperty("accessibleName"))).toList();
            return all.size() >= 2 ? all.getLast() : null;
        });
    }

    /** Picks an item, again if the select did not take it (a row just added may not be ready on a busy machine). */
    private void pick(WebElement select, String text) {
        for (int attempt = 0; attempt < 3; attempt++) {
            pickOnce(select, text);
            if (waitUpTo(5).until(d -> !String.valueOf(select.getDomProperty("value")).isBlank()
                    || Boolean.FALSE.equals(select.getDomProperty("opened")))
                    && !String.valueOf(select.getDomProperty("value")).isBlank()) {
                return;
            }
        }
    }

    private void pickOnce(WebElement select, String text) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].opened = true;", select);
        // only the opened select's items are displayed: the other rows' selects keep theirs in the page too
        WebElement item = waitUpTo(10).until(d -> d.findElements(By.tagName("vaadin-select-item")).stream()
                .filter(WebElement::isDisplayed)
                // a select shows its chosen item as a copy in its value button: "星期一" of the first row is not an option
                .filter(i -> !Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                        "return arguments[0].closest('vaadin-select-value-button') !== null;", i)))
                .filter(i -> String.valueOf(i.getDomProperty("textContent")).trim().equals(text)).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].click();", item);
        waitUpTo(10).until(d -> !Boolean.TRUE.equals(select.getDomProperty("opened")));
    }

    private void typeTime(WebElement picker, String time) {
        WebElement input = picker.findElement(By.tagName("input"));
        input.sendKeys(time, Keys.TAB);
    }

    private long personTimes(long town) {
        testLogin.as("yushan");
        try {
            return figures.figures(town, null).personTimesMonth();
        } finally {
            testLogin.logout();
        }
    }

    @Test
    void aCoordinatorOpensALateSlotAndRecordsASessionOfTwentyFive() throws Exception {
        long town = data.town("yushan");
        long community = jdbc.queryForObject("SELECT MIN(id) FROM community WHERE town_id = ?", Long.class, town);
        long[] ids = data.asAdmin(() -> {
            long position = positions.create(new PositionForm(community, "旅程党群服务中心", PositionKind.SERVICE_CENTRE,
                    "虞山街道旅程路1号", new BigDecimal("300"), "社区居委会", null, "陈静", "13912345678",
                    List.of(new HoursForm(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0), Slot.REGULAR))));
            long scene = scenes.create(new SceneForm(position, scenes.types().getFirst().id(), "旅程青少年书法课",
                    Set.of(TargetGroup.CHILDREN), OrganiserKind.COMMUNITY, "社区居委会", null, "每周六 9:00–11:00", 30));
            scenes.changeState(scene, 0, SceneState.RUNNING, null);
            return new long[] {position, scene};
        });
        long before = personTimes(town);

        login("yushan", "demo");
        waitFor(By.tagName("vaadin-side-nav"));
        open("");
        waitFor(By.cssSelector("[data-section='circle.dashboard.title']"));
        for (int width : new int[] {1440, 390}) {
            driver.manage().window().setSize(new Dimension(width, 900));
            for (String view : List.of("circle/positions", "circle/scenes", "circle/records", "circle/coverage")) {
                open(view);
                waitFor(By.tagName("vaadin-grid"));
                Thread.sleep(1200);
                screenshot("circle-" + view.substring(7) + "-" + width);
            }
            open("circle/scenes?scene=" + ids[1]);
            waitForText("运行状态");
            Thread.sleep(800);
            screenshot("circle-scene-dialog-" + width);
            open("");
            WebElement section = waitFor(By.cssSelector("[data-section='circle.dashboard.title']"));
            ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'start'});", section);
            Thread.sleep(1500);
            screenshot("circle-dashboard-" + width);
        }
        driver.manage().window().setSize(new Dimension(1366, 900));
        open("circle/positions?position=" + ids[0]);
        waitForText("编辑阵地");
        clickButton(List.of("添加时段"));
        // the new row is the last: its weekday and slot are the last two selects, its times the last two pickers
        waitUpTo(20).until(d -> d.findElements(By.tagName("vaadin-time-picker")).size() >= 4);
        List<WebElement> selects = driver.findElements(By.tagName("vaadin-select"));
        List<WebElement> times = driver.findElements(By.tagName("vaadin-time-picker"));
        typeTime(times.get(times.size() - 2), "18:30");
        typeTime(times.getLast(), "21:00");
        pick(selects.getLast(), "延时开放");
        pick(selects.get(selects.size() - 2), "星期一");
        clickButton(List.of("保存"));
        waitForText("阵地“旅程党群服务中心”已保存");
        testLogin.as("yushan");
        assertThat(positions.position(ids[0]).late()).isTrue();
        testLogin.logout();

        open("circle/records");
        clickButton(List.of("记录一次服务"));
        WebElement scene = dialogField("vaadin-combo-box", "场景");
        WebElement sceneInput = scene.findElement(By.tagName("input"));
        sceneInput.sendKeys("旅程青少年书法课");
        waitUpTo(10).until(d -> d.findElements(By.tagName("vaadin-combo-box-item")).stream().anyMatch(WebElement::isDisplayed));
        sceneInput.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        typeTime(dialogField("vaadin-time-picker", "开始时间"), "00:10");
        typeTime(dialogField("vaadin-time-picker", "结束时间"), "00:50");
        dialogField("vaadin-integer-field", "参与人次").findElement(By.tagName("input")).sendKeys("25");
        clickButton(List.of("保存"));
        waitForText("服务记录已保存（25 人次）");
        assertThat(personTimes(town) - before).isEqualTo(25);

    }
}
