package org.cunwu.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.cunwu.IntegrationTest;
import org.cunwu.cadres.internal.Person;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

/**
 * The type-to-search pickers (/pickers/villages, /pickers/persons, /pickers/enrollees): the matches among the options
 * the user's own forms offer, never beyond their scope, at most as many as asked (and never more than 50).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PickerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures villages;

    @Autowired
    TalentFixtures fixtures;

    final JsonMapper json = JsonMapper.builder().build();

    String tag;
    Town town;
    Village home;
    Village neighbour;
    Village away;
    Person cadre;
    Person cadreAway;
    Talent talent;
    final PortalUser district = TalentFixtures.DISTRICT;

    @BeforeAll
    void createRecords() {
        tag = TalentFixtures.tag();
        town = villages.town("选择镇" + tag);
        home = villages.village("甲选村" + tag, town);
        neighbour = villages.village("乙选村" + tag, town);
        away = villages.village("丙选村" + tag, villages.town("远选镇" + tag));
        for (int i = 0; i < 55; i++) {
            villages.village("多个村" + tag + "-" + i, town);
        }
        cadre = fixtures.cadre("周选人" + tag, home);
        cadreAway = fixtures.cadre("吴选人" + tag, away);
        talent = fixtures.returned("郑选才" + tag, home, LocalDate.of(2023, 2, 1), "13600005555");
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> pick(String url, PortalUser who) throws Exception {
        String body = mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return json.readValue(body, Map.class);
    }

    @SuppressWarnings("unchecked")
    List<String> texts(Map<String, Object> answer) {
        return ((List<Map<String, String>>) answer.get("options")).stream().map(o -> o.get("text")).toList();
    }

    @SuppressWarnings("unchecked")
    List<String> values(Map<String, Object> answer) {
        return ((List<Map<String, String>>) answer.get("options")).stream().map(o -> o.get("value")).toList();
    }

    @Test
    void districtStaffFindAnyVillageByItsNameOrItsTownsName() throws Exception {
        assertThat(texts(pick("/pickers/villages?q=选村" + tag, district)))
                .contains("选择镇" + tag + " · 甲选村" + tag, "选择镇" + tag + " · 乙选村" + tag, "远选镇" + tag + " · 丙选村" + tag);
        assertThat(values(pick("/pickers/villages?q=丙选村" + tag, district))).containsExactly(away.getId().toString());
        assertThat(texts(pick("/pickers/villages?q=远选镇" + tag, district))).containsExactly("远选镇" + tag + " · 丙选村" + tag);
        assertThat(texts(pick("/pickers/villages?q=" + home.getCode(), district))).containsExactly("选择镇" + tag + " · 甲选村" + tag);
    }

    @Test
    void aSecretaryFindsOnlyTheirVillageAndSomeoneWithoutAScopeNothing() throws Exception {
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, home.getId());
        assertThat(values(pick("/pickers/villages?q=选村" + tag, secretary))).containsExactly(home.getId().toString());
        assertThat(values(pick("/pickers/villages?q=丙选村" + tag, secretary))).isEmpty();
        assertThat(texts(pick("/pickers/persons?q=选人" + tag, secretary))).containsExactly("周选人" + tag + " 1992-06-01");
        assertThat(values(pick("/pickers/enrollees?q=" + tag, secretary)))
                .containsExactlyInAnyOrder("person-" + cadre.getId(), "talent-" + talent.getId());
        PortalUser nowhere = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, null);
        assertThat(values(pick("/pickers/villages?q=选村" + tag, nowhere))).isEmpty();
        assertThat(values(pick("/pickers/persons?q=选人" + tag, nowhere))).isEmpty();
        assertThat(values(pick("/pickers/enrollees?q=" + tag, nowhere))).isEmpty();
    }

    @Test
    void townStaffFindTheVillagesAndCadresOfTheirTown() throws Exception {
        PortalUser townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        assertThat(values(pick("/pickers/villages?q=丙选村" + tag, townStaff))).isEmpty();
        assertThat(values(pick("/pickers/villages?q=乙选村" + tag, townStaff))).containsExactly(neighbour.getId().toString());
        assertThat(values(pick("/pickers/persons?q=选人" + tag, townStaff))).containsExactly(cadre.getId().toString());
        assertThat(values(pick("/pickers/persons?q=选人" + tag, district)))
                .containsExactlyInAnyOrder(cadre.getId().toString(), cadreAway.getId().toString());
    }

    @Test
    void anAnswerHoldsAtMostTheLimitAskedNeverMoreThanFiftyAndSaysWhetherThereAreMore() throws Exception {
        Map<String, Object> first = pick("/pickers/villages?q=多个村" + tag, district);
        assertThat(texts(first)).hasSize(20);
        assertThat(first.get("more")).isEqualTo(true);
        assertThat(texts(pick("/pickers/villages?q=多个村" + tag + "&limit=5", district))).hasSize(5);
        Map<String, Object> most = pick("/pickers/villages?q=多个村" + tag + "&limit=100000", district);
        assertThat(texts(most)).hasSize(50);
        assertThat(most.get("more")).isEqualTo(true);
        assertThat(texts(pick("/pickers/villages?q=多个村" + tag + "&limit=abc", district))).hasSize(20);
        assertThat(texts(pick("/pickers/villages?q=多个村" + tag + "&limit=-3", district))).hasSize(1);
        Map<String, Object> exact = pick("/pickers/villages?q=多个村" + tag + "-1&limit=50", district);
        assertThat(texts(exact)).as("-1 and -10 … -19").hasSize(11);
        assertThat(exact.get("more")).isEqualTo(false);
    }

    @Test
    void aPickerIsNotAnsweredWithoutSigningIn() throws Exception {
        int status = mvc.perform(get("/pickers/villages?q=村")).andReturn().getResponse().getStatus();
        assertThat(status).isIn(302, 401);
    }
}
