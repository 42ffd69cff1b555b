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
}
