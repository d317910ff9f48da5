package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunwu.villages.VillageFixtures.signIn;

import org.cunwu.Chromium;
import org.cunwu.PhoneBrowserTest;
import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.representatives.RepresentativeFixtures;
import org.cunwu.representatives.RepresentativeRef;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Town staff record a household visit on a phone (375 px): the village first, then that village's representatives (not
 * every village's), then the visit itself — three steps that each fit the screen and end in one saved visit.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TownStaffVisitPhoneIT extends PhoneBrowserTest {

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeFixtures representatives;

    @Autowired
    JdbcTemplate jdbc;

    Village village;
    RepresentativeRef representative;
    RepresentativeRef elsewhere;

    @BeforeAll
    void townWithTwoVillages() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Town town = fixtures.town("走访手机镇" + tag);
        village = fixtures.village("走访手机村" + tag, town);
        Village other = fixtures.village("邻近手机村" + tag, town);
        signIn(VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        representative = representatives.representative(village, "赵代表" + tag);
        elsewhere = representatives.representative(other, "钱代表" + tag);
        jdbc.update("insert into representative_household (representative_id, household) values (?, '孙家')", representative.id());
        SecurityContextHolder.clearContext();
        fixtures.account("visit-town-" + tag, "走访镇干部", "visit-pass-12", Role.TOWN_STAFF, null);
        jdbc.update("update app_user set town_id = ? where username = ?", town.getId(), "visit-town-" + tag);
        phone.get(url("/login"));
        Chromium.signIn(phone, "visit-town-" + tag, "visit-pass-12");
    }

    @AfterAll
    void clearSignIn() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void townStaffChooseTheVillageThenItsRepresentativeThenRecordTheVisit() {
        phone.get(url("/visits/new"));
        assertFitsTheScreen();
        assertThat(phone.findElement(By.id("pickRepresentative")).getText()).doesNotContain(representative.name())
                .doesNotContain(elsewhere.name());

        new Select(phone.findElement(By.id("pickVillage"))).selectByValue(village.getId().toString());
        tap(By.cssSelector("form[method=get][action$='/visits/new'] button[type=submit]"));
        assertFitsTheScreen();
        String offered = phone.findElement(By.id("pickRepresentative")).getText();
        assertThat(offered).contains(representative.name()).doesNotContain(elsewhere.name());

        new Select(phone.findElement(By.id("pickRepresentative"))).selectByValue(representative.id().toString());
        tap(By.cssSelector("form[method=get][action$='/visits/new'] button[type=submit]"));
        assertFitsTheScreen();
        new Select(phone.findElement(By.id("householdId"))).selectByVisibleText("孙家");
        phone.findElement(By.id("notes")).sendKeys("了解春耕用工需求");
        tap(By.cssSelector("form[method=post][action$='/visits/new'] button[type=submit]"));

        assertThat(phone.getCurrentUrl()).matches(".*/visits/\\d+$");
        assertThat(phone.getPageSource()).contains("了解春耕用工需求").doesNotContain("??");
        assertFitsTheScreen();
        assertThat(jdbc.queryForObject("select count(*) from household_visit where representative_id = ?", Long.class,
                representative.id())).isEqualTo(1);
    }
}
