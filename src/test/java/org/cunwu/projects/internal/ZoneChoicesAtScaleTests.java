package org.cunwu.projects.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cunwu.villages.VillageFixtures.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A province's 840 demonstration zones, with the limit lowered so that a few stand for them: the project list's zone
 * filter and the project form offer only the chosen zone and say how to find the others, which {@code /pickers/zones}
 * finds as the user types, within the user's scope.
 */
@IntegrationTest(properties = "cunwu.lists.all-zones-up-to=2")
class ZoneChoicesAtScaleTests {

    static final String HINT = "示范片区较多，这里只列出已选的";
    static final String PICKER = "data-search-url=\"/pickers/zones\"";

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    DemonstrationZoneService zones;

    @Autowired
    ProjectCategoryRepository categories;

    @Autowired
    ProjectRepository projects;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    String tag;
    Town home;
    Village village;
    DemonstrationZone chosen;
    DemonstrationZone other;

    @BeforeEach
    void manyZones() {
        tag = VillageFixtures.freshCode().substring(0, 6);
        home = fixtures.town("片区镇" + tag);
        village = fixtures.village("片区村" + tag, home);
        Village away = fixtures.village("远处村" + tag, fixtures.town("远处镇" + tag));
        signIn(district);
        chosen = zones.create("选中片区" + tag, "选中规划" + tag, null, Set.of(village.getId()));
        other = zones.create("别的片区" + tag, "别的规划" + tag, null, Set.of(away.getId()));
        zones.create("第三片区" + tag, null, null, Set.of(away.getId()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
        return mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    static String option(DemonstrationZone zone) {
        return "<option value=\"" + zone.getId() + "\"";
    }

    /** The zone's option, chosen (Thymeleaf may break the tag's line before its selected attribute). */
    static String selected(DemonstrationZone zone) {
        return option(zone) + "\\s+selected=\"selected\">" + zone.getName() + "</option>";
    }

    @Test
    void theProjectListOffersOnlyTheChosenZoneAndSaysHowToFindOthers() throws Exception {
        assertThat(page(get("/projects"), district)).contains(HINT).contains(PICKER)
                .doesNotContain(chosen.getName()).doesNotContain(other.getName());
        assertThat(page(get("/projects").param("zoneId", chosen.getId().toString()), district))
                .containsPattern(selected(chosen))
                .doesNotContain(other.getName());
    }

    @Test
    void theProjectFormOffersOnlyTheChosenZoneAndSavesWithTheZoneChosen() throws Exception {
        assertThat(page(get("/projects/new"), district)).contains(HINT).contains(PICKER).doesNotContain(chosen.getName());
        String name = "片区项目" + tag;
        mvc.perform(post("/projects/new").with(csrf()).with(user(district)).param("name", name)
                        .param("categoryId", categories.findByCode("PLANTING").orElseThrow().getId().toString())
                        .param("leadVillageId", village.getId().toString()).param("cooperationModel", "CLUSTER")
                        .param("zoneId", chosen.getId().toString()))
                .andExpect(status().is3xxRedirection());
        Project saved = projects.findAll().stream().filter(p -> p.getName().equals(name)).findFirst().orElseThrow();
        assertThat(saved.getZone().getId()).isEqualTo(chosen.getId());
        assertThat(page(get("/projects/" + saved.getId() + "/edit"), district))
                .containsPattern(selected(chosen)).doesNotContain(other.getName());
    }

    @Test
    void aFormShownAgainKeepsTheChosenZone() throws Exception {
        String refused = page(post("/projects/new").with(csrf()).param("name", "").param("zoneId", other.getId().toString()), district);
        assertThat(refused).containsPattern(selected(other))
                .doesNotContain(chosen.getName());
    }

    @Test
    void thePickerFindsZonesByNameOrPlanTitleWithinTheUsersScope() throws Exception {
        assertThat(page(get("/pickers/zones").param("q", chosen.getName()), district))
                .contains("\"value\":\"" + chosen.getId() + "\"").doesNotContain(other.getName());
        assertThat(page(get("/pickers/zones").param("q", "别的规划" + tag), district)).contains(other.getName())
                .doesNotContain(chosen.getName());
        assertThat(page(get("/pickers/zones").param("q", tag).param("limit", "1"), district)).contains("\"more\":true");
        assertThat(page(get("/pickers/zones").param("q", "没有这个片区"), district)).contains("\"options\":[]");
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, home.getId(), null);
        assertThat(page(get("/pickers/zones").param("q", tag), staff)).contains(chosen.getName()).doesNotContain(other.getName())
                .contains("\"more\":false");
    }

    @Test
    void townStaffAreOfferedEveryZoneOfTheirVillagesWhileTheyAreFewAndNoOther() throws Exception {
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, home.getId(), null);
        String list = page(get("/projects"), staff);
        assertThat(list).contains(option(chosen)).doesNotContain(other.getName()).doesNotContain(HINT).doesNotContain(PICKER);
        // a zone out of scope named in the address is not offered
        assertThat(page(get("/projects").param("zoneId", other.getId().toString()), staff)).doesNotContain(other.getName());
    }
}
