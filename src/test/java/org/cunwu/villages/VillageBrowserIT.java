package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.cunwu.Chromium;
import org.cunwu.IntegrationTest;
import org.cunwu.shared.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A district staff member signs in and edits a village in real headless Chromium (Debian's chromium and
 * chromium-driver; nothing is downloaded), then the list is checked at phone width.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageBrowserIT {

    static final String PASSWORD = "browser-pass-1";

    @LocalServerPort
    int port;

    @Autowired
    VillageFixtures fixtures;

    WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        fixtures.account("browser-staff", "浏览器测试员", PASSWORD, Role.DISTRICT_STAFF, null);
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

    @Test
    void staffSignInAndEditAVillage() {
        Town town = fixtures.town("浏览器镇");
        Village village = fixtures.village("浏览器测试村", town);

        browser.get(url("/villages"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.findElement(By.id("username")).sendKeys("browser-staff");
        browser.findElement(By.id("password")).sendKeys(PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/villages"));

        browser.findElement(By.id("q")).sendKeys("浏览器测试村");
        Chromium.clickToLoad(browser, browser.findElement(By.cssSelector("form.filter-form button[type=submit]")));
        Chromium.clickToLoad(browser, browser.findElement(By.linkText("浏览器测试村")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("浏览器测试村");

        Chromium.clickToLoad(browser, browser.findElement(By.linkText("编辑")));
        WebElement population = browser.findElement(By.id("population"));
        population.clear();
        population.sendKeys("3456");
        Chromium.clickToLoad(browser, browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).contains("已保存");
        assertThat(browser.findElement(By.cssSelector("dl.dossier")).getText()).contains("3456");
        assertThat(browser.findElement(By.cssSelector("section.history")).getText()).contains("browser-staff").contains("3456");
        assertThat(fixtures.reload(village.getId()).getPopulation()).isEqualTo(3456);

        // error pages speak the user's language and show no stack trace
        browser.get(url("/villages/987654321"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("未找到");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
        browser.get(url("/villages/987654321?lang=en"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Not found");
        browser.get(url("/villages"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).as("English is remembered").isEqualTo("Villages and communities");
        browser.get(url("/villages?lang=zh_CN"));

        // the same list on a phone: nothing wider than the screen
        browser.manage().window().setSize(new Dimension(375, 812));
        browser.get(url("/villages?q=" + "浏览器"));
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).isLessThanOrEqualTo(0L);
    }
}
