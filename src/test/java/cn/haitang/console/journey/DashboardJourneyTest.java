package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** The dashboard in real Chromium: the article's figures read off the page, ECharts drawn, drill-down, roles. */
class DashboardJourneyTest extends BrowserJourney {

    @Test
    void adminReadsTheArticlesFiguresDrillsDownAndBack() throws Exception {
        login("admin", "demo");
        waitForText("治理数据总览");
        waitFor(By.cssSelector("[data-figure=compounds] .ht-card-figure"));
        assertThat(figure("compounds")).isEqualTo("506");
        assertThat(figure("entity")).isEqualTo("92.09%");
        assertThat(figure("functional")).isEqualTo("100%");
        assertThat(figure("committee")).isEqualTo("87.6%");
        assertThat(figure("institutions")).isEqualTo("85 / 85");
        assertThat(number("members")).isGreaterThanOrEqualTo(17_000);
        assertThat(number("volunteers")).isGreaterThanOrEqualTo(24_000);
        assertThat(number("matters")).isGreaterThanOrEqualTo(1_300);
        assertThat(figure("sites")).isEqualTo("3 / 5 / 25");
        assertThat(bodyText()).contains("全部结对", "省级", "苏州级", "常熟级");
        waitForCharts(4);
        wall("dashboard-01-admin-city");

        WebElement yushan = waitUpTo(30).until(d -> d.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .filter(e -> e.getText().trim().equals("虞山街道")).findFirst().orElse(null));
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", yushan);
        Thread.sleep(300);
        yushan.click();
        waitForText("全市 › 虞山街道");
        waitUpTo(30).until(d -> !figure("compounds").equals("506"));
        assertThat(bodyText()).contains("全市 92.09%", "张坝社区", "返回全市");
        waitForCharts(4);
        wall("dashboard-02-admin-drilldown-yushan");

        clickButton(java.util.List.of("返回全市"));
        waitUpTo(30).until(d -> figure("compounds").equals("506"));
        logout();
    }

    @Test
    void coordinatorSeesTheirStreetWithTheCityAverage() throws Exception {
        login("yushan", "demo");
        waitForText("全市 92.09%");
        assertThat(bodyText()).contains("虞山街道", "全市 87.6%", "张坝社区").doesNotContain("梅李镇");
        assertThat(figure("compounds")).isNotEqualTo("506");
        waitForCharts(4);
        wall("dashboard-03-coordinator-yushan");
        logout();
    }

    @Test
    void reviewerSeesTheirWorklist() throws Exception {
        login("reviewer1", "demo");
        waitForText("您的待评审任务");
        assertThat(driver.findElements(By.cssSelector("[data-figure]"))).isEmpty();
        screenshot("dashboard-04-reviewer-worklist");
        logout();
    }

    private String figure(String id) {
        return driver.findElement(By.cssSelector("[data-figure=" + id + "] .ht-card-figure")).getText().trim();
    }

    private long number(String id) {
        return Long.parseLong(figure(id).replace(",", ""));
    }

    /** ECharts loaded from the WebJar (through the security filter chain) and drew into every chart. */
    private void waitForCharts(int charts) {
        waitUpTo(30).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.echarts && document.querySelectorAll('.ht-chart canvas').length >= arguments[0];",
                charts)));
    }

    /** A tall window so the whole dashboard is in the picture, as on a wall screen. */
    private void wall(String name) throws IOException, InterruptedException {
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(1600, 2000));
        Thread.sleep(1500);
        screenshot(name);
        driver.manage().window().setSize(before);
    }
}
