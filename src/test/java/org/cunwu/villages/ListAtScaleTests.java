package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.paging.BoundedPage;
import org.cunwu.shared.paging.ListPageRequest;
import org.cunwu.villages.internal.VillageRepository;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Lists of a province, with the limits lowered so that a few dozen rows stand for 70,000: beyond the exact-count limit a
 * list says "more than N" instead of counting every row, and the village filter offers the villages of the chosen town
 * instead of every village of the deployment.
 */
@IntegrationTest(properties = {"cunwu.paging.exact-count-limit=10", "cunwu.lists.all-villages-up-to=10"})
class ListAtScaleTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Autowired
    VillageRepository villageRepository;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    String page(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    List<Village> villagesOf(Town town, int count) {
        List<Village> made = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            made.add(fixtures.village(town.getName() + "村" + i, town));
        }
        return made;
    }

    String villageList(Town town, int page) throws Exception {
        return page(get("/villages").param("townId", town.getId().toString()).param("size", "5").param("page", String.valueOf(page)));
    }

    @Test
    void aLargeSelectionSaysMoreThanTheLimitAndPagesOnWithoutALastPage() throws Exception {
        Town town = fixtures.town("大量镇" + VillageFixtures.freshCode().substring(0, 6));
        villagesOf(town, 25);

        String first = villageList(town, 0);
        assertThat(first).contains("超过 10 条（未逐条计数），第 1 页").doesNotContain("共 25 条").doesNotContain(">末页<")
                .contains("page=1").contains(">下一页<");
        // page 3 ends at row 15: counted up to the next round 20, and there are more
        assertThat(villageList(town, 2)).contains("超过 20 条（未逐条计数），第 3 页");
        // the last page (rows 21–25) knows the exact total again: nothing past 30
        assertThat(villageList(town, 4)).contains("共 25 条，第 5/5 页").contains(town.getName() + "村");
        // a page past the end is still told how many there are
        assertThat(villageList(town, 9)).contains("第 10 页没有记录：共 25 条，5 页。");
        // the largest page number an int offset allows: its bound, rounded up, would not fit one
        assertThat(page(get("/villages").param("townId", town.getId().toString()).param("size", "5").param("page", "99999999999")))
                .contains("没有记录：共 25 条，5 页。");
    }

    @Test
    void thatASelectionIsLargeIsRememberedSoPagingOnCostsNoProbe() {
        Town town = fixtures.town("再看镇" + VillageFixtures.freshCode().substring(0, 6));
        villagesOf(town, 25);
        Specification<Village> ofTown = (village, query, builder) -> builder.equal(village.get("town"), town);
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);

        statistics.clear();
        Page<Village> first = villageRepository.findAll(ofTown, new ListPageRequest(0, 5, Sort.by("id"), 10, "reader\n" + town.getId()));
        assertThat(first).isInstanceOf(BoundedPage.class);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(2); // the page and the probe past row 10

        statistics.clear();
        Page<Village> next = villageRepository.findAll(ofTown, new ListPageRequest(1, 5, Sort.by("id"), 10, "reader\n" + town.getId()));
        assertThat(next).isInstanceOf(BoundedPage.class);
        assertThat(((BoundedPage<Village>) next).getLowerBound()).isEqualTo(10);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1); // the page alone

        // another reader or another selection is probed again; without a key nothing is remembered
        statistics.clear();
        villageRepository.findAll(ofTown, new ListPageRequest(1, 5, Sort.by("id"), 10, "someone else\n" + town.getId()));
        villageRepository.findAll(ofTown, new ListPageRequest(1, 5, Sort.by("id"), 10));
        villageRepository.findAll(ofTown, new ListPageRequest(1, 5, Sort.by("id"), 10));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(6);
    }

    @Test
    void aSmallSelectionIsCountedExactly() throws Exception {
        Town town = fixtures.town("少量镇" + VillageFixtures.freshCode().substring(0, 6));
        villagesOf(town, 7);

        assertThat(villageList(town, 0)).contains("共 7 条，第 1/2 页").contains(">末页<").doesNotContain("超过");
        assertThat(page(get("/villages").param("townId", town.getId().toString()).param("size", "20")))
                .contains("共 7 条，第 1/1 页");
    }

    @Test
    void withManyVillagesTheVillageFilterOffersTheChosenTownsVillages() throws Exception {
        Town chosen = fixtures.town("选择镇" + VillageFixtures.freshCode().substring(0, 6));
        Town other = fixtures.town("其他镇" + VillageFixtures.freshCode().substring(0, 6));
        List<Village> chosenVillages = villagesOf(chosen, 6);
        Village elsewhere = villagesOf(other, 6).get(0);

        String all = page(get("/problems"));
        assertThat(all).contains("先选镇街并筛选，再选村。")
                .doesNotContain("<option value=\"" + chosenVillages.get(0).getId() + "\"")
                .doesNotContain("<option value=\"" + elsewhere.getId() + "\"")
                // the town filter still offers every town
                .contains("<option value=\"" + chosen.getId() + "\">" + chosen.getName() + "</option>");

        String ofTown = page(get("/problems").param("townId", chosen.getId().toString()));
        assertThat(ofTown).doesNotContain("先选镇街并筛选")
                .contains("<option value=\"" + chosen.getId() + "\" selected=\"selected\">" + chosen.getName() + "</option>")
                .doesNotContain("<option value=\"" + elsewhere.getId() + "\"");
        for (Village village : chosenVillages) {
            assertThat(ofTown).contains("<option value=\"" + village.getId() + "\"");
        }

        // a village chosen by a link (no town) stays chosen and shown
        String ofVillage = page(get("/cadres").param("villageId", elsewhere.getId().toString()));
        assertThat(ofVillage).contains("先选镇街并筛选").containsPattern(
                "<option value=\"" + elsewhere.getId() + "\"\\s+selected=\"selected\">" + elsewhere.getName() + "</option>");
    }

    @Test
    void aTownsStaffSeeTheirTownsVillagesWhateverTheirNumber() throws Exception {
        Town town = fixtures.town("本镇" + VillageFixtures.freshCode().substring(0, 6));
        List<Village> own = villagesOf(town, 12);
        PortalUser staff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);

        String list = mvc.perform(get("/commitments").with(user(staff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).doesNotContain("先选镇街并筛选").doesNotContain("name=\"townId\"");
        for (Village village : own) {
            assertThat(list).contains("<option value=\"" + village.getId() + "\"");
        }
    }
}
