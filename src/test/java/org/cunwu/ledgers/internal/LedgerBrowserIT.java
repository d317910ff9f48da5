package org.cunwu.ledgers.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cunwu.Chromium;
import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.context.ActiveProfiles;

/** A secretary submits the quarter's ledger on a phone (375 px); the town's staff review it from their list on a desktop. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class LedgerBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    LedgerService ledgers;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PasswordEncoder passwords;

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static void tap(WebDriver browser, By by) {
        var element = browser.findElement(by);
        Chromium.loads(browser, () -> ((JavascriptExecutor) browser).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element));
    }

    void signIn(WebDriver browser, String username) {
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys("ledger-pass-1");
        tap(browser, By.cssSelector("form[action='/login'] button[type=submit]"));
    }

    @Test
    void aSecretarySubmitsOnAPhoneAndTheTownReviewsIt() throws Exception {
        Town town = fixtures.town("台账浏览镇");
        Village village = fixtures.village("台账浏览村", town);
        fixtures.account("ledger-secretary", "台账书记", "ledger-pass-1", Role.VILLAGE_SECRETARY, village.getId());
        jdbc.update("insert into app_user (username, display_name, password_hash, role, town_id) values (?, ?, ?, ?, ?)", "ledger-town",
                "镇组织委员", passwords.encode("ledger-pass-1"), Role.TOWN_STAFF.name(), town.getId());
        ledgers.openQuarter(2023, 1);
        long ledger = jdbc.queryForObject("select id from ledger where village_id = ? and year = 2023 and quarter = 1", Long.class, village.getId());

        WebDriver phone = Chromium.start(375, 812);
        try {
            signIn(phone, "ledger-secretary");
            phone.get(url("/villages/" + village.getId() + "/ledgers"));
            tap(phone, By.linkText("2023年第1季度"));
            assertThat(phone.findElement(By.cssSelector(".ledger-state")).getText()).isEqualTo("未提交");
            assertFits(phone);
            phone.findElement(By.id("summary")).sendKeys("本季度接待群众，办结问题。");
            phone.findElement(By.id("plan")).sendKeys("下季度继续走访。");
            ((JavascriptExecutor) phone).executeScript("document.getElementById('declared').click();");
            tap(phone, By.id("ledger-submit"));
            assertThat(phone.findElement(By.cssSelector(".ledger-state")).getText()).isEqualTo("已提交");
            assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("台账已提交");
            assertThat(phone.findElements(By.id("ledger-submit"))).as("submitted once, the form is gone").isEmpty();
            assertFits(phone);
        } finally {
            phone.quit();
        }

        WebDriver desktop = Chromium.start(1280, 900);
        try {
            signIn(desktop, "ledger-town");
            assertThat(desktop.findElement(By.cssSelector(".inbox-count")).getText()).isEqualTo("1");
            desktop.get(url("/ledgers?year=2023&quarter=1&townId=" + town.getId()));
            tap(desktop, By.cssSelector(".ledger-list a.btn-success"));
            assertThat(desktop.getCurrentUrl()).contains("/ledgers/" + ledger);
            desktop.findElement(By.id("text")).sendKeys("数据完整，同意。");
            tap(desktop, By.id("ledger-review"));
            assertThat(desktop.findElement(By.cssSelector(".ledger-state")).getText()).isEqualTo("已审核");
            assertThat(desktop.findElement(By.cssSelector(".ledger-steps")).getText()).contains("镇组织委员").contains("数据完整，同意。");
            assertThat(desktop.findElements(By.cssSelector(".inbox-count"))).as("the review item is done").isEmpty();
        } finally {
            desktop.quit();
        }
    }

    static void assertFits(WebDriver browser) {
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("page wider than the phone: %s", browser.getCurrentUrl()).isLessThanOrEqualTo(0L);
    }
}
