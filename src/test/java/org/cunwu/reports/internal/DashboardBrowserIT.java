package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.Chromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The demo district's staff member opens the home page in real headless Chromium: ECharts draws the three charts
 * under the strict Content-Security-Policy without a violation or a script error, they fit a phone, and on paper
 * the data tables are shown.
 */
@DemoIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardBrowserIT {

    static final List<String> CHARTS = List.of("dashboard-monthly", "dashboard-problems", "dashboard-projects");

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    Object script(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    void waitForTheCharts() {
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> CHARTS.stream()
                .allMatch(id -> !d.findElements(By.cssSelector("#" + id + " canvas")).isEmpty()));
    }

    /** What the console said that a user would call broken: CSP violations, script errors, failed loads. */
    List<String> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::getMessage).filter(m -> !m.contains("favicon.ico")).toList();
    }

    @Test
    void theDistrictsChartsDrawUnderTheContentSecurityPolicyAndFitAPhone() {
        browser.get(url("/?year=2023"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("district");
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElements(By.id("dashboard-title")).size() == 1);

        waitForTheCharts();
        for (String id : CHARTS) {
            var chart = browser.findElement(By.id(id));
            assertThat(chart.getAttribute("role")).isEqualTo("img");
            assertThat(chart.getAttribute("aria-label")).isNotBlank();
            assertThat(chart.findElement(By.tagName("canvas")).getSize().getWidth()).as(id).isGreaterThan(200);
        }
        assertThat(browser.findElements(By.cssSelector(".dashboard-card"))).hasSize(DashboardSection.CARDS.size());
        assertThat(consoleErrors()).as("browser console").isEmpty();

        // a phone: the charts shrink with the window and nothing is wider than the screen
        browser.manage().window().setSize(new Dimension(375, 812));
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> ((Number) script(
                "return document.querySelector('#dashboard-monthly canvas').getBoundingClientRect().width;")).doubleValue() <= 375);
        Long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("page wider than the phone").isLessThanOrEqualTo(0L);
        // the pie's legend wraps on a phone, every category in view, instead of paging
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> "plain".equals(script(
                "return echarts.getInstanceByDom(document.getElementById('dashboard-projects')).getOption().legend[0].type;")));

        // on paper the data tables are shown though their <details> are closed on screen
        assertThat(browser.findElements(By.cssSelector("details.dashboard-data[open]"))).isEmpty();
        assertThat(script("return document.querySelector('details.dashboard-data table').checkVisibility();")).isEqualTo(false);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(script("return Array.from(document.querySelectorAll('details.dashboard-data table')).every(t => t.checkVisibility());"))
                .as("data tables visible in print").isEqualTo(true);
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));

        // English labels come from the bundles, and the charts draw again
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/?year=2023&lang=en"));
        waitForTheCharts();
        assertThat(browser.findElement(By.cssSelector("details.dashboard-data summary")).getText()).isEqualTo("Data table");
        assertThat(consoleErrors()).as("browser console").isEmpty();
    }
}
