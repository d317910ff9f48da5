package org.cunwu;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through its own chromedriver (set explicitly, so nothing is downloaded),
 * with outside DNS look-ups mapped away: the browser for the project's browser tests.
 */
public final class Chromium {

    private Chromium() {
    }

    public static WebDriver start(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + Files.createTempDirectory("cunwu-chromium"),
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost", "--window-size=" + width + "," + height, "--lang=zh-CN");
        // the console (CSP violations, script errors) for tests to read through the driver's logs
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver")))
                .usingAnyFreePort().build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
        resize(browser, width, height);
        return browser;
    }

    /** Below this width headless Chromium keeps its window at this width whatever it is asked. */
    static final int SMALLEST_WINDOW = 500;

    /**
     * Gives the page a screen of this size. A phone's width (below {@value #SMALLEST_WINDOW} px, which headless
     * Chromium does not make a window) is emulated as a phone through the DevTools device metrics: the page lays out
     * at exactly that width with a phone's viewport rules, on every page until the next resize. A wider one is the
     * window's own size, without emulation.
     */
    public static void resize(WebDriver browser, int width, int height) {
        ChromeDriver chromium = (ChromeDriver) browser;
        if (width < SMALLEST_WINDOW) {
            chromium.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                    "height", height, "deviceScaleFactor", 2, "mobile", true, "screenWidth", width, "screenHeight", height));
        } else {
            chromium.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
            browser.manage().window().setSize(new Dimension(width, height));
        }
    }

    /**
     * Clicks something that loads a new page and waits until the old page is gone, so the next look-up cannot
     * find (and then lose) an element of the page being left.
     */
    public static void clickToLoad(WebDriver browser, WebElement element) {
        loads(browser, element::click);
    }

    /** Fills the sign-in form of the page shown and sends it, waiting for the page it leads to. */
    public static void signIn(WebDriver browser, String username, String password) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        clickToLoad(browser, browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")));
    }

    /** Runs an action that loads a new page (a click, a script's click) and waits until the old page is gone. */
    public static void loads(WebDriver browser, Runnable action) {
        // The old page is marked by a flag on its window, not held as an element: Chromium 156 answers a look-up
        // of an element whose page is gone with "unknown error: Node … does not belong to the document" instead
        // of a stale reference, which failed VillageBrowserIT on CI. A new page has no flag and is fully loaded.
        JavascriptExecutor script = (JavascriptExecutor) browser;
        script.executeScript("window.cunwuPageBeingLeft = true;");
        action.run();
        new WebDriverWait(browser, Duration.ofSeconds(15)).ignoring(WebDriverException.class)
                .until(d -> Boolean.TRUE.equals(script.executeScript(
                        "return window.cunwuPageBeingLeft === undefined && document.readyState === 'complete';")));
    }
}
