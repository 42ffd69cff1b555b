package cn.haitang.console.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of journeys in a real headless Chromium against the running app (the shared test context serves
 * it on a random port). Uses Debian's chromium and chromedriver; skipped only on a developer machine
 * without them — under CI (CI=true) a missing browser fails the run instead.
 * <p>
 * Vaadin renders on the client, so journeys wait for elements, never for page load.
 */
@IntegrationTest
@Tag("browser")
public abstract class BrowserJourney {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    protected static WebDriver driver;
    private static Path profile;

    @LocalServerPort
    protected int port;

    /** A failed journey leaves a screenshot of what the browser showed, named after the test. */
    @org.junit.jupiter.api.extension.RegisterExtension
    final org.junit.jupiter.api.extension.TestWatcher failureScreenshots = new org.junit.jupiter.api.extension.TestWatcher() {
        @Override
        public void testFailed(org.junit.jupiter.api.extension.ExtensionContext context, Throwable cause) {
            if (driver != null) {
                try {
                    screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
                            + context.getRequiredTestMethod().getName());
                } catch (IOException | RuntimeException e) {
                    // the browser may be gone; the test's own failure is what matters
                }
            }
        }
    };

    @BeforeAll
    static void startBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!"true".equals(System.getenv("CI"))) {
            assumeTrue(installed, "Chromium and chromedriver are not installed (apt-get install chromium chromium-driver)");
        }
        profile = Files.createTempDirectory("haitang-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1366,900", "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(20));
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + (path.startsWith("/") ? path.substring(1) : path);
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    protected WebDriverWait waitUpTo(int seconds) {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(seconds));
        // Vaadin re-renders parts of the page while we look: a stale element just means "look again".
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    protected WebElement waitFor(By by) {
        return waitUpTo(30).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    /** Waits until the page's visible text contains the given text (Vaadin renders asynchronously). */
    protected void waitForText(String text) {
        waitUpTo(30).until(d -> bodyText().contains(text));
    }

    /** All visible text, including text inside Vaadin components' shadow roots. */
    protected String bodyText() {
        Object text = ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("""
                const parts = [];
                const walk = (node) => {
                  if (node.nodeType === Node.TEXT_NODE) { parts.push(node.textContent); return; }
                  if (node.shadowRoot) walk(node.shadowRoot);
                  node.childNodes.forEach(walk);
                };
                walk(document.body);
                return parts.join(' ');""");
        return String.valueOf(text);
    }

    /** Logs in through the real login form (Spring Security's filter chain, BCrypt, the login log). */
    protected void login(String username, String password) {
        // A fresh browser session, so nothing of an earlier journey (or a stale page) is in the way.
        // (cookies can only be deleted for the page's own host, so open it first)
        open("login");
        driver.manage().deleteAllCookies();
        open("login");
        WebElement form = waitFor(By.tagName("vaadin-login-form"));
        WebElement user = waitFor(By.cssSelector("vaadin-login-form vaadin-text-field input"));
        WebElement pass = form.findElement(By.cssSelector("vaadin-password-field input"));
        user.clear();
        user.sendKeys(username);
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    protected void logout() {
        clickButton(List.of("退出登录", "Log out"));
        waitFor(By.tagName("vaadin-login-form"));
    }

    /**
     * Clicks the first vaadin-button whose text is one of the given texts. It is scrolled into view first:
     * a button above a scrolled view (a toolbar) counts as not displayed otherwise.
     */
    protected void clickButton(List<String> texts) {
        WebElement button = waitUpTo(30).until(d -> {
            for (WebElement candidate : d.findElements(By.tagName("vaadin-button"))) {
                if (!texts.contains(candidate.getText().trim())
                        && !texts.contains(String.valueOf(candidate.getDomProperty("textContent")).trim())) {
                    continue;
                }
                ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                        "arguments[0].scrollIntoView({block: 'center'});", candidate);
                if (candidate.isDisplayed() && candidate.isEnabled()) {
                    return candidate;
                }
            }
            return null;
        });
        button.click();
    }


    /** Saves a screenshot under target/screenshots for the issue notes and for looking at. */
    protected Path screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }
}
