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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Type-to-search on a long village picker in Chromium: what is typed goes to /pickers/villages, whose answer (here a
 * match on the town's name, which the filter's options do not show) becomes the options, and one match is taken.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillagePickerIT {

    @LocalServerPort
    int port;

    @Autowired
    VillageFixtures fixtures;

    WebDriver browser;
    String tag;
    Village wanted;

    @BeforeAll
    void start() throws Exception {
        tag = VillageFixtures.freshCode().substring(0, 6);
        Town town = fixtures.town("检索镇" + tag);
        fixtures.village("近邻村" + tag, town);
        wanted = fixtures.village("远山村" + tag, fixtures.town("远山镇" + tag));
        fixtures.account("picker-district", "选择员", "picker-pass-1", Role.DISTRICT_STAFF, null);
        browser = Chromium.start(1280, 900);
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.quit();
        }
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    @Test
    void typingATownsNameInTheVillageFilterAsksTheServerAndPicksItsOneVillage() {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys("picker-district");
        browser.findElement(By.id("password")).sendKeys("picker-pass-1");
        Chromium.clickToLoad(browser, browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")));
        browser.get(url("/projects"));
        WebElement select = browser.findElement(By.id("villageId"));
        assertThat(select.getAttribute("data-search-url")).isEqualTo("/pickers/villages");
        assertThat(new Select(select).getOptions()).extracting(WebElement::getText).as("every village of the district")
                .contains("近邻村" + tag, "远山村" + tag);
        WebElement box = browser.findElement(By.id("villageId-search"));
        box.sendKeys("远山镇" + tag);
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> ("远山镇" + tag).toLowerCase().equals(select.getAttribute("data-search-answered")));
        Select picker = new Select(select);
        assertThat(picker.getOptions()).extracting(WebElement::getText).containsExactly("全部村（社区）", "远山村" + tag);
        assertThat(picker.getFirstSelectedOption().getAttribute("value")).isEqualTo(wanted.getId().toString());
        Chromium.loads(browser, () -> ((JavascriptExecutor) browser).executeScript("arguments[0].form.requestSubmit();", select));
        assertThat(browser.getCurrentUrl()).contains("villageId=" + wanted.getId());

        // cleared, the picker offers every village again
        WebElement again = browser.findElement(By.id("villageId-search"));
        again.sendKeys("x");
        again.clear();
        again.sendKeys(" ");
        assertThat(new Select(browser.findElement(By.id("villageId"))).getOptions()).extracting(WebElement::getText)
                .contains("近邻村" + tag, "远山村" + tag);
    }
}
