package org.cunwu.evaluations.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cunwu.Chromium;
import org.cunwu.PhoneBrowserTest;
import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.representatives.RepresentativeFixtures;
import org.cunwu.representatives.RepresentativeRef;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * A village secretary rates the village's commitments on a phone (375 px): one list, three big buttons per row, a
 * comment required for 不合格, nothing wider than the screen.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RatingPhoneIT extends PhoneBrowserTest {

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeFixtures representatives;

    @Autowired
    EvaluationService service;

    @Autowired
    JdbcTemplate jdbc;

    Village village;
    Evaluation evaluation;

    @BeforeAll
    void openEvaluation() throws Exception {
        village = fixtures.village("评议手机村", fixtures.town("评议手机镇"));
        fixtures.account("rating-secretary", "评议书记", "rating-pass-1", Role.VILLAGE_SECRETARY, village.getId());
        signIn(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId()));
        RepresentativeRef rep = representatives.representative(village, "王代表");
        int year = 2095;
        for (int i = 1; i <= 3; i++) {
            representatives.commitment(rep, "为群众办实事第" + i + "件，清理村内沟渠和道路两侧杂物", LocalDate.of(year, 2, i));
        }
        signIn(VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        EvaluationForm form = new EvaluationForm();
        form.setYear(year);
        form.setTitle("评议手机测试");
        form.setClosesOn(service.today().plusDays(5));
        evaluation = service.open(form);
        SecurityContextHolder.clearContext();
    }

    @AfterAll
    void clearSignIn() {
        SecurityContextHolder.clearContext();
    }


    WebElement row(int index) {
        return phone.findElements(By.cssSelector(".rating-row")).get(index);
    }

    WebElement button(int row, String grade) {
        return row(row).findElement(By.cssSelector("button[value='" + grade + "']"));
    }

    @Test
    void aSecretaryRatesTheVillagesCommitmentsOnAPhone() {
        phone.get(url("/login"));
        Chromium.signIn(phone, "rating-secretary", "rating-pass-1");
        phone.get(url("/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/rate"));
        assertThat(phone.findElements(By.cssSelector(".rating-row"))).hasSize(3);
        assertFitsTheScreen();
        // three big buttons side by side in every row, each at least a thumb high
        WebElement excellent = button(0, "EXCELLENT");
        assertThat(excellent.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        assertThat(button(0, "FAILED").getLocation().getY()).isEqualTo(excellent.getLocation().getY());

        tap(excellent);
        assertThat(phone.findElement(By.cssSelector(".rating-progress")).getText()).contains("已评 1 / 3 条");
        assertThat(row(0).getText()).contains("已评：优秀");

        // 不合格 without a comment comes back with the message, nothing recorded
        tap(button(1, "FAILED"));
        assertThat(phone.findElement(By.cssSelector(".alert-danger")).getText()).contains("评为不合格须填写说明");
        assertThat(phone.findElement(By.cssSelector(".rating-progress")).getText()).contains("已评 1 / 3 条");
        row(1).findElement(By.cssSelector("input[name=comment]")).sendKeys("未按期兑现");
        tap(button(1, "FAILED"));
        assertThat(row(1).getText()).contains("已评：不合格");
        assertThat(phone.findElement(By.cssSelector(".rating-progress")).getText()).contains("已评 2 / 3 条");
        assertFitsTheScreen();
        assertThat(jdbc.queryForObject("""
                select count(*) from evaluation_vote v join evaluation_item i on i.id = v.item_id where i.evaluation_id = ?""",
                Long.class, evaluation.getId())).isEqualTo(2);
    }
}
