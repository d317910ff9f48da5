package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A province's 1,800 towns, with the limit lowered so that a few stand for them: every list's town filter offers only
 * the chosen town and says how to find the others, which {@code /pickers/towns} finds as the user types.
 */
@IntegrationTest(properties = "cunwu.lists.all-towns-up-to=2")
class TownFilterAtScaleTests {

    static final String HINT = "镇街较多，这里只列出已选的";

    static final List<String> LISTS = List.of("/villages", "/cadres", "/problems", "/commitments", "/receptions", "/representatives",
            "/projects", "/zones", "/talent/pool", "/talent/partners", "/campaigns/tasks", "/ledgers");

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    Town chosen;
    Town other;

    @BeforeEach
    void manyTowns() {
        String code = VillageFixtures.freshCode().substring(0, 6);
        chosen = fixtures.town("选中镇" + code);
        other = fixtures.town("别的镇" + code);
        fixtures.town("第三镇" + code);
    }

    String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
        return mvc.perform(request.with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** A town's option, up to its text (an id alone may also be another select's value). */
    static String option(Town town) {
        return "<option value=\"" + town.getId() + "\"";
    }

    @Test
    void everyListOffersOnlyTheChosenTownAndSaysHowToFindOthers() throws Exception {
        for (String list : LISTS) {
            assertThat(page(get(list), district)).as(list).contains(HINT).contains("data-search-url=\"/pickers/towns\"")
                    .doesNotContain(chosen.getName()).doesNotContain(other.getName());
            assertThat(page(get(list).param("townId", chosen.getId().toString()), district)).as(list)
                    .contains(option(chosen) + " selected=\"selected\">" + chosen.getName() + "</option>")
                    .doesNotContain(other.getName());
        }
    }

    @Test
    void thePickerFindsTownsByNameOrCode() throws Exception {
        String found = page(get("/pickers/towns").param("q", chosen.getName()), district);
        assertThat(found).contains("\"value\":\"" + chosen.getId() + "\"").contains(chosen.getName())
                .doesNotContain("\"value\":\"" + other.getId() + "\"");
        assertThat(page(get("/pickers/towns").param("q", other.getCode()), district)).contains(other.getName())
                .doesNotContain(chosen.getName());
        assertThat(page(get("/pickers/towns").param("q", "没有这个镇"), district)).contains("\"options\":[]");
    }

    @Test
    void townStaffFindOnlyTheirTown() throws Exception {
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, other.getId(), null);
        String found = page(get("/pickers/towns").param("q", "镇"), staff);
        assertThat(found).contains(other.getName()).doesNotContain(chosen.getName());
    }

    @Test
    void upToTheLimitEveryTownIsListed() {
        List<Town> towns = List.of(chosen, other);
        TownChoices all = TownChoices.of(towns, 2);
        assertThat(all.html(null)).contains(option(chosen)).contains(option(other));
        assertThat(all.searchUrl()).isNull();
        assertThat(all.hint()).isNull();
        TownChoices narrowed = TownChoices.of(towns, 1);
        assertThat(narrowed.html(null)).isEmpty();
        assertThat(narrowed.html(other.getId())).isEqualTo(option(other) + " selected=\"selected\">" + other.getName() + "</option>\n");
        assertThat(narrowed.html(-1L)).isEmpty();
    }
}
