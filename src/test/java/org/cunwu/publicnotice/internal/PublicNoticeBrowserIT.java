package org.cunwu.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.cunwu.Chromium;
import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/**
 * A resident opens a village's public notice page on a phone (375 px) without signing in, and prints it: it fits the
 * phone's width, shows the village's public commitments, and prints without the portal's header and footer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "cunwu.public-pages.enabled=true")
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
class PublicNoticeBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aResidentReadsThePublicPageOnAPhoneAndPrintsIt() throws Exception {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Town town = fixtures.town("公开镇" + tag);
        Village village = fixtures.village("公开村" + tag, town);
        long representative = jdbc.queryForObject("insert into representative (village_id, name, phone) values (?, '张公开', '13912345678') returning id",
                Long.class, village.getId());
        String pledge = "协调修复村东头至村西头的生产路并在沿线加装太阳能路灯二十盏，方便群众夜间出行和农忙时节运输";
        jdbc.update("""
                insert into commitment (village_id, representative_id, pledged_by, content, category, pledged_on, promised_by, status, public_notice)
                values (?, ?, '张公开', ?, 'INFRASTRUCTURE', date '2023-03-01', date '2023-10-31', 'PLEDGED', true)""",
                village.getId(), representative, pledge);
        String code = jdbc.queryForObject("select code from village where id = ?", String.class, village.getId());

        WebDriver phone = Chromium.start(375, 812);
        try {
            phone.get("http://localhost:" + port + "/public/villages/" + code);
            assertThat(phone.getCurrentUrl()).as("no sign-in").endsWith("/public/villages/" + code);
            assertThat(phone.findElement(By.cssSelector("h1")).getText()).contains("公开村" + tag);
            assertThat(phone.findElement(By.cssSelector(".public-commitments")).getText()).contains(pledge);
            assertThat(phone.findElement(By.tagName("body")).getText()).doesNotContain("13912345678");
            assertFits(phone);

            ((ChromiumDriver) phone).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
            assertThat(phone.findElement(By.cssSelector(".public-commitments")).isDisplayed()).isTrue();
            for (var chrome : phone.findElements(By.cssSelector(".portal-header, .portal-footer"))) {
                assertThat(chrome.isDisplayed()).as("the portal's header and footer do not print").isFalse();
            }
            assertFits(phone);
        } finally {
            phone.quit();
        }
    }

    static void assertFits(WebDriver browser) {
        Long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        assertThat(overflow).as("page wider than the phone: %s", browser.getCurrentUrl()).isLessThanOrEqualTo(0L);
    }
}
