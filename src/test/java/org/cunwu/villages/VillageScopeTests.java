package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The role-and-scope matrix of the villages module: every role against list, detail, create, edit,
 * delete and export, including town staff and secretaries reaching outside their scope, and accounts
 * whose scope cannot be resolved (they must see nothing).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VillageScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    Town townA;
    Town townB;
    Village a1;
    Village a2;
    Village b1;
    String tag;

    @BeforeAll
    void createVillages() {
        tag = "矩阵" + VillageFixtures.freshCode().substring(0, 6);
        townA = fixtures.town(tag + "甲镇");
        townB = fixtures.town(tag + "乙镇");
        a1 = fixtures.village(tag + "甲一村", townA);
        a2 = fixtures.village(tag + "甲二村", townA);
        b1 = fixtures.village(tag + "乙一村", townB);
    }

    enum Who { ADMIN, DISTRICT, VIEWER, TOWN_A, SECRETARY_A1, TOWN_WITHOUT_TOWN, SECRETARY_WITHOUT_VILLAGE }

    PortalUser as(Who who) {
        return switch (who) {
            case ADMIN -> VillageFixtures.user(Role.ADMIN, null, null);
            case DISTRICT -> VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
            case VIEWER -> VillageFixtures.user(Role.VIEWER, null, null);
            case TOWN_A -> VillageFixtures.user(Role.TOWN_STAFF, townA.getId(), null);
            case SECRETARY_A1 -> VillageFixtures.user(Role.VILLAGE_SECRETARY, null, a1.getId());
            case TOWN_WITHOUT_TOWN -> VillageFixtures.user(Role.TOWN_STAFF, null, null);
            case SECRETARY_WITHOUT_VILLAGE -> VillageFixtures.user(Role.VILLAGE_SECRETARY, null, null);
        };
    }

    /** Which of a1, a2, b1 each role sees. */
    List<String> visibleTo(Who who) {
        return switch (who) {
            case ADMIN, DISTRICT, VIEWER -> List.of(a1.getName(), a2.getName(), b1.getName());
            case TOWN_A -> List.of(a1.getName(), a2.getName());
            case SECRETARY_A1 -> List.of(a1.getName());
            case TOWN_WITHOUT_TOWN, SECRETARY_WITHOUT_VILLAGE -> List.of();
        };
    }

    String body(MockHttpServletRequestBuilder request, Who who, int expectedStatus) throws Exception {
        return mvc.perform(request.with(user(as(who))))
                .andExpect(status().is(expectedStatus))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void listShowsExactlyTheVillagesInScope(Who who) throws Exception {
        String page = body(get("/villages").param("q", tag), who, 200);
        for (Village v : List.of(a1, a2, b1)) {
            assertThat(page.contains(">" + v.getName() + "</a>"))
                    .as("%s sees %s in the list", who, v.getName())
                    .isEqualTo(visibleTo(who).contains(v.getName()));
        }
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void exportsHoldExactlyTheVillagesInScope(Who who) throws Exception {
        String csv = body(get("/villages").param("q", tag).param("format", "csv"), who, 200);
        for (Village v : List.of(a1, a2, b1)) {
            assertThat(csv.contains(v.getName())).as("%s exports %s", who, v.getName())
                    .isEqualTo(visibleTo(who).contains(v.getName()));
        }
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void detailIsNotFoundOutsideScope(Who who) throws Exception {
        for (Village v : List.of(a1, a2, b1)) {
            int expected = visibleTo(who).contains(v.getName()) ? 200 : 404;
            mvc.perform(get("/villages/" + v.getId()).with(user(as(who)))).andExpect(status().is(expected));
        }
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void editFormOnlyForThoseWhoMayChangeTheVillage(Who who) throws Exception {
        for (Village v : List.of(a1, b1)) {
            boolean visible = visibleTo(who).contains(v.getName());
            boolean editor = who == Who.ADMIN || who == Who.DISTRICT || (who == Who.TOWN_A && v == a1);
            int expected = !visible ? 404 : editor ? 200 : 403;
            mvc.perform(get("/villages/" + v.getId() + "/edit").with(user(as(who)))).andExpect(status().is(expected));
        }
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void savingAnEditFollowsTheSameRules(Who who) throws Exception {
        Village target = fixtures.village(tag + "改" + who.ordinal() + "村", townB);
        boolean visible = who == Who.ADMIN || who == Who.DISTRICT || who == Who.VIEWER;
        boolean editor = who == Who.ADMIN || who == Who.DISTRICT;
        int expected = !visible ? 404 : editor ? 302 : 403;
        mvc.perform(post("/villages/" + target.getId() + "/edit").with(csrf()).with(user(as(who)))
                        .param("name", target.getName() + "新").param("kind", "VILLAGE").param("code", target.getCode())
                        .param("townId", townB.getId().toString()).param("version", target.getVersion().toString()))
                .andExpect(status().is(expected));
        assertThat(fixtures.reload(target.getId()).getName()).isEqualTo(editor ? target.getName() + "新" : target.getName());
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void createIsForDistrictAndTownStaffOnly(Who who) throws Exception {
        String name = tag + "新建" + who.ordinal() + "村";
        int expected = switch (who) {
            case ADMIN, DISTRICT, TOWN_A -> 302;
            default -> 403;
        };
        mvc.perform(post("/villages/new").with(csrf()).with(user(as(who)))
                        .param("name", name).param("kind", "VILLAGE").param("code", VillageFixtures.freshCode())
                        .param("townId", townB.getId().toString()))
                .andExpect(status().is(expected));
    }

    @Test
    void townStaffCreateInTheirOwnTownWhateverTheFormSays() throws Exception {
        String name = tag + "越权村";
        mvc.perform(post("/villages/new").with(csrf()).with(user(as(Who.TOWN_A)))
                        .param("name", name).param("kind", "VILLAGE").param("code", VillageFixtures.freshCode())
                        .param("townId", townB.getId().toString()))
                .andExpect(status().is3xxRedirection());
        String townAList = body(get("/villages").param("q", name).param("townId", townA.getId().toString()), Who.DISTRICT, 200);
        assertThat(townAList).contains(">" + name + "</a>");
    }

    @ParameterizedTest
    @MethodSource("everyone")
    void deleteOnlyByThoseWhoMayChangeTheVillage(Who who) throws Exception {
        Village target = fixtures.village(tag + "删" + who.ordinal() + "村", townA);
        boolean visible = visibleTo(who).size() >= 2 || who == Who.TOWN_A;
        boolean editor = who == Who.ADMIN || who == Who.DISTRICT || who == Who.TOWN_A;
        int expected = !visible ? 404 : editor ? 302 : 403;
        mvc.perform(post("/villages/" + target.getId() + "/delete").with(csrf()).with(user(as(who)))
                        .param("version", target.getVersion().toString()))
                .andExpect(status().is(expected));
        assertThat(fixtures.reload(target.getId()) == null).isEqualTo(editor);
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        mvc.perform(post("/villages/" + a1.getId() + "/delete").with(user(as(Who.ADMIN)))
                        .param("version", a1.getVersion().toString()))
                .andExpect(status().isForbidden());
        assertThat(fixtures.reload(a1.getId())).isNotNull();
    }

    @Test
    void anonymousUsersAreSentToTheLoginPage() throws Exception {
        mvc.perform(get("/villages")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/villages/" + a1.getId())).andExpect(status().is3xxRedirection());
    }

    static Stream<Arguments> everyone() {
        return Stream.of(Who.values()).map(Arguments::of);
    }
}
