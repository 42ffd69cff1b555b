package cn.haitang.console.journey;

import static org.assertj.core.api.Assertions.assertThat;

import cn.haitang.console.support.BrowserJourney;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/** The coordinator of 虞山街道 in real Chromium: Ctrl+K, types "yzgy", sees 义庄公寓 and opens its page. */
class SearchJourneyTest extends BrowserJourney {

    @Test
    void yushanTypesTheInitialsOfACompoundAndOpensIt() throws Exception {
        login("yushan", "demo");
        waitForText("您好，虞山街道协调员");
        new Actions(driver).keyDown(Keys.CONTROL).sendKeys("k").keyUp(Keys.CONTROL).perform();
        WebElement query = waitFor(By.cssSelector("#search-query input"));
        query.sendKeys("yzgy");
        waitForText("义庄公寓");
        String results = bodyText();
        assertThat(results).contains("小区 · 共").contains("虞山街道 · 张坝社区");
        screenshot("search-01-initials");
        query.sendKeys(Keys.ENTER);
        waitUpTo(30).until(d -> d.getCurrentUrl().contains("/compound/"));
        waitForText("义庄公寓");
        screenshot("search-02-compound-page");
        assertThat(driver.getCurrentUrl()).contains("/compound/");
    }
}
