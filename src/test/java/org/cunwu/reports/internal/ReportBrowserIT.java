package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Base64;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cunwu.Chromium;
import org.cunwu.DemoIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.PrintsPage;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A leader's walk through the district summary of 2023 in headless Chromium on the demo district: click 12 and
 * see the 12 petitions, print the report to A4 (no navigation, header with district, scope and period), and read
 * it on a phone.
 */
@DemoIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportBrowserIT {

    @LocalServerPort
    int port;

    WebDriver browser;

    @BeforeAll
    void signIn() throws Exception {
        browser = Chromium.start(1280, 900);
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("district");
        browser.findElement(By.id("password")).sendKeys("demo-password");
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
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

    @Test
    void clickTwelveToSeeTheTwelvePetitions() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/reports/district?year=2023"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("全区工作汇总");
        Chromium.clickToLoad(browser, browser.findElement(By.cssSelector("a[href*='petition=true'][href*='resolvedFrom=2023-01-01']")));
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/problems"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("共 12 条");
    }

    @Test
    void publishTheQuarterAndFindItUnchanged() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/reports/district?year=2023&quarter=3"));
        browser.findElement(By.cssSelector("details.publish-report summary")).click();
        var title = browser.findElement(By.id("publish-title"));
        assertThat(title.getAttribute("value")).isEqualTo("罗庄区全区工作汇总（2023 年第 3 季度）");
        title.clear();
        title.sendKeys("2023年三季度全区工作汇总");
        browser.findElement(By.id("publish-note")).sendKeys("报送市委组织部");
        Chromium.clickToLoad(browser, browser.findElement(By.cssSelector("details.publish-report button[type=submit]")));
        assertThat(browser.getCurrentUrl()).contains("/reports/published/");
        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("报告已定稿保存");
        assertThat(browser.findElement(By.cssSelector(".published-compare")).getText()).contains("无变化");
        assertThat(browser.findElement(By.cssSelector(".frozen-body")).getText()).contains("2023 年第 3 季度").contains("统计口径");

        // the report's page now lists it
        browser.get(url("/reports/district?year=2023&quarter=3"));
        assertThat(browser.findElement(By.cssSelector(".published-versions")).getText()).contains("2023年三季度全区工作汇总");
    }

    @Test
    void theReportPrintsOnA4WithoutNavigation() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(url("/reports/district?year=2023"));
        PrintOptions options = new PrintOptions();
        options.setPageSize(new PageSize(29.7, 21.0));
        options.setOrientation(PrintOptions.Orientation.PORTRAIT);
        byte[] pdf = Base64.getDecoder().decode(((PrintsPage) browser).print(options).getContent());
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("罗庄区").contains("2023 年").contains("调整不胜任村干部").contains("分镇街情况")
                    .doesNotContain("退出").doesNotContain("打印 PDF").doesNotContain("起始日期");
            assertThat(document.getNumberOfPages()).isBetween(2, 12);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theReportReadsOnAPhone() {
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/reports/district?year=2023"));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
        browser.manage().window().setSize(new Dimension(1280, 900));
    }
}
