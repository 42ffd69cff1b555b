package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page of the side navigation, as a city admin and as a coordinator, at 1440 px and at a phone's 390 px:
 * screenshots under {@code target/screenshots/tour-*} for a person to look at before a change lands. Not part
 * of the default run: {@code CI=true ./mvnw test -Dtour -Dtest=ScreenshotTour}. It fails when a page shows the
 * error page or the access-denied page instead of its view.
 */
@Tag("tour")
class ScreenshotTour extends BrowserJourney {

    @ParameterizedTest
    @ValueSource(strings = {"admin", "yushan"})
    void everyPageOfTheNavigation(String username) throws Exception {
        driver.manage().window().setSize(new Dimension(1440, 900));
        login(username, "demo");
        waitFor(By.tagName("vaadin-side-nav"));
        @SuppressWarnings("unchecked")
        List<String> paths = new ArrayList<>((List<String>) ((JavascriptExecutor) driver).executeScript("""
                return [...document.querySelectorAll('vaadin-side-nav-item')].map(i => i.getAttribute('path'))
                    .filter(p => p !== null);"""));
        assertThat(paths).isNotEmpty();
        List<String> broken = new ArrayList<>();
        for (String path : paths) {
            String name = "tour-" + username + "-" + (path.isEmpty() ? "home" : path.replace('/', '_'));
            driver.manage().window().setSize(new Dimension(1440, 900));
            open(path);
            waitFor(By.tagName("vaadin-side-nav"));
            Thread.sleep(1500); // lazy grids and charts fill in after the first response
            String text = bodyText();
            if (text.contains("出现意外错误") || text.contains("无权访问") || text.contains("页面不存在")) {
                broken.add(path);
            }
            screenshot(name + "-1440");
            driver.manage().window().setSize(new Dimension(390, 844));
            Thread.sleep(800);
            screenshot(name + "-390");
        }
        assertThat(broken).as("pages that did not show their view").isEmpty();
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * Pages the navigation does not list: a notice asking for replies (梅李 has replied, 虞山 not) as the admin
     * sees it (per-town table, replies) and as 梅李 does, a compound's governance tab and a fund's ledger; and a
     * list with its folded filters opened on a phone.
     */
    @org.junit.jupiter.api.Test
    void pagesBehindTheNavigation() throws Exception {
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        jdbc.update("INSERT INTO notice (title, body, all_towns, to_coordinators, to_reviewers, read_by, reply_by, published_by,"
                + " published_at) VALUES ('关于报送消防通道排查情况的通知', '请各镇（街道）于截止日前回复排查情况，并附排查报告。', TRUE, TRUE,"
                + " FALSE, ?, ?, 'admin', NOW(6))", today.plusDays(1), today.plusDays(3));
        long id = jdbc.queryForObject("SELECT MAX(id) FROM notice", Long.class);
        try {
            for (int i = 1; i <= 3; i++) {
                jdbc.update("INSERT INTO notice_reply (notice_id, user_id, town_id, body, replied_at) SELECT ?, u.id, u.town_id,"
                        + " ?, NOW(6) - INTERVAL ? HOUR FROM user_account u WHERE u.username = 'meili'", id,
                        "梅李镇第" + i + "次回复：已完成辖区内 23 个小区的消防通道排查，发现占道 4 处，已整改 3 处。", i);
            }
            jdbc.update("INSERT INTO notice_receipt (notice_id, user_id, read_at) SELECT ?, u.id, NOW(6) FROM user_account u"
                    + " WHERE u.username = 'meili'", id);
            shoot("admin", "notices/" + id, "tour-extra-admin-notice");
            for (int width : new int[] {1440, 390}) { // the per-town table below the replies
                driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                Thread.sleep(800);
                ((JavascriptExecutor) driver).executeScript(
                        "[...document.querySelectorAll('h3')].at(-2).scrollIntoView({block: 'start'})");
                Thread.sleep(800);
                screenshot("tour-extra-admin-notice-towns-" + width);
            }
            shoot("meili", "notices/" + id, "tour-extra-meili-notice");
            shoot("admin", "home", "tour-extra-admin-home");
            shoot("admin", "pairing/communities", "tour-extra-admin-pairing-communities");
            Long compound = jdbc.queryForObject("SELECT compound_id FROM compound_committee ORDER BY id LIMIT 1", Long.class);
            shoot("admin", "compound/" + compound + "?tab=gov.tab.property", "tour-extra-admin-compound-property");
            shoot("admin", "compound/" + compound + "?tab=gov.tab.committee", "tour-extra-admin-compound-committee");
            Long fund = jdbc.queryForObject("SELECT MIN(id) FROM fund", Long.class);
            shoot("admin", "funds/ledger/" + fund, "tour-extra-admin-fund-ledger");
            driver.manage().window().setSize(new Dimension(390, 844));
            open("admin/audit");
            waitFor(By.tagName("vaadin-grid")); // on a phone the navigation is a closed drawer
            Thread.sleep(1500);
            ((JavascriptExecutor) driver).executeScript("document.querySelector('.ht-filter-toggle').click()");
            Thread.sleep(800);
            screenshot("tour-extra-admin-audit-filters-open-390");
            // the export of a list with personal data: masked unless 含敏感信息 with a reason; the log it leaves
            for (int width : new int[] {1440, 390}) {
                driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                open("pairing/reports");
                waitFor(By.tagName("vaadin-grid"));
                Thread.sleep(1000);
                ((JavascriptExecutor) driver).executeScript("document.getElementById('personal-data-export').click()");
                Thread.sleep(800);
                ((JavascriptExecutor) driver).executeScript("document.getElementById('personal-data-sensitive').click()");
                Thread.sleep(800);
                screenshot("tour-extra-admin-report-export-" + width);
            }
            shoot("admin", "admin/personal-data", "tour-extra-admin-personal-data");
            // the circle's imports in the shared import dialog
            for (int width : new int[] {1440, 390}) {
                driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                open("circle/scenes");
                waitFor(By.tagName("vaadin-grid"));
                Thread.sleep(800);
                ((JavascriptExecutor) driver).executeScript("[...document.querySelectorAll('vaadin-button')]"
                        + ".find(b => b.textContent.includes('导入场景')).click()");
                Thread.sleep(1000);
                screenshot("tour-extra-admin-scene-import-" + width);
            }
            // an application's reviews on a phone: one card per reviewer with the admin's reopen
            Long application = jdbc.queryForObject(
                    "SELECT id FROM accr_application WHERE state = 'SCORED' ORDER BY id LIMIT 1", Long.class);
            for (int width : new int[] {1440, 390}) {
                driver.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 900));
                open("accreditation/application/" + application);
                waitFor(By.tagName("vaadin-tab"));
                ((JavascriptExecutor) driver).executeScript("document.querySelectorAll('vaadin-tab')[2].click()");
                Thread.sleep(1200);
                screenshot("tour-extra-admin-application-reviews-" + width);
            }
        } finally {
            jdbc.update("DELETE FROM notice_reply WHERE notice_id = ?", id);
            jdbc.update("DELETE FROM notice_receipt WHERE notice_id = ?", id);
            jdbc.update("DELETE FROM notice WHERE id = ?", id);
        }
    }

    private void shoot(String username, String path, String name) throws Exception {
        driver.manage().window().setSize(new Dimension(1440, 900));
        login(username, "demo");
        waitFor(By.tagName("vaadin-side-nav"));
        open("home".equals(path) ? "" : path);
        waitFor(By.tagName("vaadin-side-nav"));
        Thread.sleep(1500);
        screenshot(name + "-1440");
        driver.manage().window().setSize(new Dimension(390, 844));
        Thread.sleep(1000);
        screenshot(name + "-390");
    }
}
