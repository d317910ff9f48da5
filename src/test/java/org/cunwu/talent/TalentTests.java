package org.cunwu.talent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Scope and masking of the talent pool and partner projects, application steps, and counts per period. */
@IntegrationTest
class TalentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    TalentService talent;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    Town town;
    Village village;
    Village otherVillage;
    Talent returned;
    PartnerProject partner;

    static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    TalentForm returnedOn(LocalDate on, Village in) {
        TalentForm form = new TalentForm();
        form.setKind(TalentKind.RETURNED);
        form.setName("返乡" + VillageFixtures.freshCode().substring(0, 4));
        form.setPhone("13712345678");
        form.setVillageId(in.getId());
        form.setSinceDate(on);
        return form;
    }

    @BeforeEach
    void createRecords() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        town = fixtures.town("人才镇" + tag);
        village = fixtures.village("人才村" + tag, town);
        otherVillage = fixtures.village("别处村" + tag, fixtures.town("别处镇" + tag));
        signIn(district);
        returned = talent.saveTalent(null, returnedOn(LocalDate.of(2023, 5, 1), village));
        PartnerForm form = new PartnerForm();
        form.setTitle("合伙人项目" + tag);
        form.setVillageId(village.getId());
        form.setOpenFrom(LocalDate.of(2023, 4, 1));
        partner = talent.savePartnerProject(null, form);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String page(String path, PortalUser who, int expected) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void villageRecordsFollowTheVillagesScopeAndPhonesAreMaskedForReaders() throws Exception {
        PortalUser own = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        PortalUser other = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, otherVillage.getId());
        assertThat(page("/talent/pool/" + returned.getId(), own, 200)).contains("137****5678").doesNotContain("13712345678");
        page("/talent/pool/" + returned.getId(), other, 404);
        page("/talent/partners/" + partner.getId(), other, 404);
        page("/talent/pool/" + returned.getId() + "/edit", own, 403);
        page("/talent/pool/" + returned.getId() + "/edit", VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null), 200);
        assertThat(page("/talent/pool/" + returned.getId(), district, 200)).contains("13712345678");
        assertThat(page("/talent/pool?format=csv&q=" + returned.getName(), VillageFixtures.user(Role.VIEWER, null, null), 200))
                .contains("137****5678").doesNotContain("13712345678");
    }

    @Test
    void applicationsMoveOnlyAlongAllowedStepsAndRejectionsNeedAReason() {
        PartnerApplication a = talent.apply(partner.getId(), "创业者", null, "13800001111", LocalDate.of(2023, 5, 1), "设想");
        assertThatThrownBy(() -> talent.moveApplication(partner.getId(), a.getId(), a.getVersion(), ApplicationStatus.ACCEPTED, null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("application.status.notAllowed");
        assertThatThrownBy(() -> talent.moveApplication(partner.getId(), a.getId(), a.getVersion(), ApplicationStatus.REJECTED, ""))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("application.reasonRequired");
        PartnerApplication shortlisted = talent.moveApplication(partner.getId(), a.getId(), a.getVersion(), ApplicationStatus.SHORTLISTED, null);
        PartnerApplication accepted = talent.moveApplication(partner.getId(), a.getId(), shortlisted.getVersion(), ApplicationStatus.ACCEPTED, null);
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.getStatus().allowedNext()).isEmpty();
    }

    @Test
    void countsFollowThePeriodToTheDay() {
        long before2023 = talent.countReturnedTalents(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
        talent.saveTalent(null, returnedOn(LocalDate.of(2023, 12, 31), village));
        talent.saveTalent(null, returnedOn(LocalDate.of(2024, 1, 1), village));
        assertThat(talent.countReturnedTalents(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).isEqualTo(before2023 + 1);
        assertThat(talent.countPartnerProjectsOpened(LocalDate.of(2023, 4, 1), LocalDate.of(2023, 4, 1))).isGreaterThanOrEqualTo(1);
    }

    @Test
    void aReturnedTalentNeedsAVillageAndInvalidInputIsShownInChinese() throws Exception {
        String page = mvc.perform(post("/talent/pool/new").with(csrf()).with(user(district))
                        .param("kind", "RETURNED").param("name", "").param("phone", "12345").param("birthYear", "一九九零"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("必填").contains("请输入 11 位手机号").contains("请输入整数").contains("value=\"12345\"");
        signIn(district);
        TalentForm noVillage = returnedOn(LocalDate.of(2023, 1, 1), village);
        noVillage.setVillageId(null);
        assertThatThrownBy(() -> talent.saveTalent(null, noVillage)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("talent.village.required");
    }

    @Test
    void onlyDistrictStaffManageProgrammes() throws Exception {
        page("/talent/new", VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null), 403);
        page("/talent/new", district, 200);
        page("/talent", VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId()), 200);
    }
}
