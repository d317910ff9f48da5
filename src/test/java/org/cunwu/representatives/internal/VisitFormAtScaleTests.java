package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import jakarta.persistence.EntityManagerFactory;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.RepresentativeFixtures;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A visit's representative is chosen within one village: the form offers the representatives of the chosen village
 * (a secretary's own), never those of every village the user may edit, whose number grows with the deployment.
 */
@IntegrationTest(properties = "cunwu.lists.all-villages-up-to=10")
class VisitFormAtScaleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures villages;

    @Autowired
    RepresentativeFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    Town town;
    Village village;
    Village neighbour;
    Village elsewhere;
    String tag;

    @BeforeEach
    void representativesInThreeVillages() {
        tag = VillageFixtures.freshCode().substring(0, 6);
        town = villages.town("走访镇" + tag);
        village = villages.village("走访村" + tag, town);
        neighbour = villages.village("邻走访村" + tag, town);
        elsewhere = villages.village("远走访村" + tag, villages.town("远走访镇" + tag));
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(district, null, district.getAuthorities()));
        fixtures.representative(village, "甲代表" + tag);
        fixtures.representative(neighbour, "乙代表" + tag);
        fixtures.representative(elsewhere, "丙代表" + tag);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String page(String url, PortalUser who) throws Exception {
        MvcResult result = mvc.perform(get(url).with(user(who))).andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDistrictChoosesAVillageFirstAndReadsNoOtherVillagesRepresentatives() throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        String first = page("/visits/new", district);
        // before, one query per village the user may edit (thousands in the tests' database)
        assertThat(statistics.getPrepareStatementCount()).isLessThan(10);
        assertThat(first).contains("id=\"pickVillage\"", "data-search-url=\"/pickers/villages\"", "先选村")
                .doesNotContain("甲代表" + tag, "乙代表" + tag, "丙代表" + tag);

        String chosen = page("/visits/new?villageId=" + village.getId(), district);
        assertThat(chosen).contains("甲代表" + tag).doesNotContain("乙代表" + tag, "丙代表" + tag, "先选村");
        assertThat(page("/visits/new?villageId=abc", district)).contains("先选村");
    }

    @Test
    void townStaffChooseAmongTheirTownsVillagesAndASecretaryKeepsTheirOwnRepresentatives() throws Exception {
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        String first = page("/visits/new", staff);
        assertThat(first).contains(village.getName(), neighbour.getName()).doesNotContain(elsewhere.getName(), "甲代表" + tag);
        assertThat(page("/visits/new?villageId=" + neighbour.getId(), staff)).contains("乙代表" + tag).doesNotContain("甲代表" + tag);
        assertThat(mvc.perform(get("/visits/new?villageId=" + elsewhere.getId()).with(user(staff))).andReturn().getResponse().getStatus())
                .isEqualTo(404);

        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        String own = page("/visits/new?villageId=" + elsewhere.getId(), secretary);
        assertThat(own).contains("甲代表" + tag).doesNotContain("pickVillage", "丙代表" + tag, "先选村");
    }
}
