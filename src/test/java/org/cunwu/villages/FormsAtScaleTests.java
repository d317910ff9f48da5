package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.web.PickerOptions;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Forms and lists of a province, with the limit lowered so that a few dozen villages stand for 70,000: a district-wide
 * user's village fields offer only the chosen villages (the others are found by typing), a form keeps what was chosen
 * and saves a village that was never written into the page.
 */
@IntegrationTest(properties = "cunwu.lists.all-villages-up-to=10")
class FormsAtScaleTests {

    static final String HINT = "这里只列出已选的";

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    final PortalUser admin = VillageFixtures.user(Role.ADMIN, null, null);
    Town town;
    Village chosen;
    Village other;

    @BeforeEach
    void manyVillages() {
        town = fixtures.town("表单镇" + VillageFixtures.freshCode().substring(0, 6));
        chosen = fixtures.village("选中村" + VillageFixtures.freshCode().substring(0, 6), town);
        other = fixtures.village("别的村" + VillageFixtures.freshCode().substring(0, 6), town);
        for (int i = 0; i < 10; i++) {
            fixtures.village(town.getName() + "村" + i, town);
        }
    }

    MvcResult send(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
        return mvc.perform(request.with(user(who)).with(csrf())).andReturn();
    }

    String page(MockHttpServletRequestBuilder request, PortalUser who) throws Exception {
        MvcResult result = send(request, who);
        assertThat(result.getResponse().getStatus()).as(result.getRequest().getRequestURI()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** A village's option (by its name: an id may also be another select's value) */
    static String option(Village village) {
        return village.getName() + "</option>";
    }

    static String selected(Village village) {
        return "value=\"" + village.getId() + "\"\\s+selected=\"selected\">[^<]*" + village.getName() + "</option>";
    }

    @Test
    void newFormsOfferNoVillageButSayHowToFindOne() throws Exception {
        for (String form : List.of("/talent/pool/new", "/talent/partners/new", "/receptions/new", "/problems/new", "/commitments/new",
                "/representatives/new", "/campaigns/new", "/zones/new", "/cadres/new", "/projects/new")) {
            assertThat(page(get(form), district)).as(form).contains(HINT).doesNotContain(option(chosen)).doesNotContain(option(other));
        }
        assertThat(page(get("/admin/users/new"), admin)).contains(HINT).doesNotContain(option(chosen));
        assertThat(page(get("/admin/users/new"), admin)).contains("data-search-url=\"/pickers/villages\"");
        assertThat(page(get("/campaigns/new"), district)).contains("data-search-url=\"/pickers/villages?any=true\"");
    }

    @Test
    void listFiltersOfferTheChosenVillageOnly() throws Exception {
        for (String list : List.of("/ledgers", "/zones", "/projects", "/talent/pool", "/talent/partners", "/campaigns/tasks", "/visits",
                "/representatives/points")) {
            String shown = page(get(list).param("villageId", chosen.getId().toString()), district);
            assertThat(shown).as(list).doesNotContain(option(other)).containsPattern(selected(chosen));
        }
        // with a town chosen, its villages
        assertThat(page(get("/talent/pool").param("townId", town.getId().toString()), district)).contains(option(other));
    }

    @Test
    void aFormShownAgainKeepsItsVillageAndOneNeverOfferedIsSaved() throws Exception {
        String again = page(post("/talent/pool/new").param("kind", "RETURNED").param("name", "")
                .param("villageId", chosen.getId().toString()).param("sinceDate", "2023-04-02"), district);
        assertThat(again).contains(HINT).containsPattern(selected(chosen)).doesNotContain(option(other));

        String name = "规模人才" + VillageFixtures.freshCode().substring(0, 6);
        MvcResult saved = send(post("/talent/pool/new").param("kind", "RETURNED").param("name", name)
                .param("villageId", other.getId().toString()).param("sinceDate", "2023-04-02"), district);
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        String edit = page(get(saved.getResponse().getRedirectedUrl() + "/edit"), district);
        assertThat(edit).containsPattern(selected(other)).doesNotContain(option(chosen));
    }

    @Test
    void aMultipleChoiceShownAgainKeepsEveryChosenVillage() throws Exception {
        String again = page(post("/zones/new").param("name", "").param("villageIds", chosen.getId().toString(), other.getId().toString()),
                district);
        assertThat(again).containsPattern(selected(chosen)).containsPattern(selected(other)).contains(HINT);
    }

    @Test
    void theVillagePickerOffersOnlyWhatTheUserMayChoose() throws Exception {
        Town elsewhere = fixtures.town("远镇" + VillageFixtures.freshCode().substring(0, 6));
        Village far = fixtures.village("远村" + VillageFixtures.freshCode().substring(0, 6), elsewhere);
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        assertThat(page(get("/pickers/villages").param("q", "远村"), staff)).doesNotContain(far.getName());
        assertThat(page(get("/pickers/villages").param("q", far.getName()), district)).contains(far.getName());
        // partners are chosen across towns: any village by its name and town
        assertThat(page(get("/pickers/villages").param("q", far.getName()).param("any", "true"), staff)).contains(far.getName());
    }

    @Test
    void aPickerSearchIsOneQueryReadingNoMoreVillagesThanItAnswers() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        // "村" is in the name of every village the tests made (and of the twelve each test adds): far more than an answer
        for (String url : List.of("/pickers/villages?q=村", "/pickers/villages?q=村&any=true", "/pickers/villages")) {
            for (PortalUser who : List.of(district, staff)) {
                statistics.clear();
                String answer = page(get(url), who);
                // the staff's own town has twelve villages, fewer than an answer holds
                assertThat(answer).as(url).contains(who == district || url.contains("any") ? "\"more\":true" : "\"more\":false");
                assertThat(statistics.getPrepareStatementCount()).as(url).isEqualTo(1);
                // the answer's 20 villages, the one that says there are more, and their towns
                assertThat(statistics.getEntityLoadCount()).as(url).isLessThanOrEqualTo(2 * (PickerOptions.DEFAULT_LIMIT + 1));
            }
        }
        // a town's staff are answered their own town's villages only
        String own = page(get("/pickers/villages").param("q", "村").param("limit", "50"), staff);
        assertThat(Arrays.stream(own.split("\"text\":\"")).skip(1)).hasSize(12).allMatch(text -> text.startsWith(town.getName() + " · "));
    }
}
