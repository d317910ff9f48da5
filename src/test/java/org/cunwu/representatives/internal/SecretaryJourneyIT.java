package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cunwu.IntegrationTest;
import org.cunwu.Chromium;
import org.cunwu.PhoneBrowserTest;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * A village secretary on a phone (375 px): signs in, logs a reception, opens a problem from it and marks it
 * resolved with a note, without any page wider than the screen.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SecretaryJourneyIT extends PhoneBrowserTest {

    @Autowired
    VillageFixtures fixtures;

    @BeforeAll
    void createSecretary() {
        Village village = fixtures.village("手机村", fixtures.town("手机镇"));
        fixtures.account("phone-secretary", "手机书记", "phone-pass-1", Role.VILLAGE_SECRETARY, village.getId());
    }

    @Test
    void aSecretaryLogsAReceptionOpensAProblemAndResolvesItOnAPhone() {
        phone.get(url("/login"));
        Chromium.signIn(phone, "phone-secretary", "phone-pass-1");
        assertThat(phone.findElement(By.cssSelector(".secretary-today")).getText()).contains("待解决的问题");
        assertFitsTheScreen();

        tap(By.linkText("登记民意接待"));
        assertFitsTheScreen();
        phone.findElement(By.id("residentName")).sendKeys("孙大娘");
        phone.findElement(By.id("topic")).sendKeys("村口路灯不亮");
        tap(By.cssSelector("main form button[type=submit]"));
        assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("接待记录已保存");

        tap(By.linkText("据此登记问题"));
        assertFitsTheScreen();
        assertThat(phone.findElement(By.id("title")).getAttribute("value")).isEqualTo("村口路灯不亮");
        new Select(phone.findElement(By.id("categoryId"))).selectByIndex(1);
        tap(By.cssSelector("main form button[type=submit]"));
        assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("问题已保存");

        phone.get(url("/"));
        phone.findElement(By.cssSelector(".secretary-today input[name=text]")).sendKeys("已更换灯泡");
        tap(By.cssSelector(".secretary-today button.btn-success"));
        assertThat(phone.findElement(By.cssSelector(".alert-success")).getText()).contains("问题状态已变更");
        assertThat(phone.findElement(By.tagName("h1")).getText()).contains("已解决");
        assertFitsTheScreen();
    }
}
