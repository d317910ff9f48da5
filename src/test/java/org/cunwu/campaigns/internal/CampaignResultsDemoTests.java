package org.cunwu.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.campaigns.CampaignService;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * On the demo district, each demo campaign's chosen results equal a count written here in SQL over its villages and
 * year, each village's link opens a list of exactly that many records, and counting costs one query per measure.
 */
@DemoIntegrationTest
class CampaignResultsDemoTests {

    /** Each measure's definition, written independently of the modules' queries; ? are the campaign and its first and last day. */
    static final Map<ResultMeasure, String> SQL = Map.of(
            ResultMeasure.CADRES_ADJUSTED, """
                    select count(*) from post_held h join campaign_village cv on cv.village_id = h.village_id
                    where cv.campaign_id = ? and h.end_reason = 'NOT_COMPETENT' and h.to_date between ? and ?""",
            ResultMeasure.NEW_OPERATING_PROJECTS, """
                    select count(*) from project p join campaign_village cv on cv.village_id = p.lead_village_id
                    where cv.campaign_id = ? and p.operating and (select min(c.changed_on) from project_status_change c
                      where c.project_id = p.id and c.to_status = 'OPERATING') between ? and ?""",
            ResultMeasure.PETITIONS_RESOLVED, """
                    select count(*) from problem p join campaign_village cv on cv.village_id = p.village_id
                    where cv.campaign_id = ? and p.status = 'RESOLVED' and p.petition and p.resolved_on between ? and ?""",
            ResultMeasure.PROBLEMS_RESOLVED, """
                    select count(*) from problem p join campaign_village cv on cv.village_id = p.village_id
                    where cv.campaign_id = ? and p.status = 'RESOLVED' and p.resolved_on between ? and ?""",
            ResultMeasure.COMMITMENTS_FULFILLED, """
                    select count(*) from commitment c join campaign_village cv on cv.village_id = c.village_id
                    where cv.campaign_id = ? and c.public_notice and c.status = 'FULFILLED' and c.pledged_on between ? and ?""");

    @Autowired
    CampaignService campaigns;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    @BeforeEach
    void signIn() {
        VillageFixtures.signIn(district);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    List<Campaign> demoCampaigns() {
        return campaigns.list(2023).stream().map(c -> campaigns.get(c.getId())).toList();
    }

    @Test
    void theDemoCampaignsCountTheResultsTheyAreAbout() {
        Map<String, List<ResultMeasure>> chosen = new HashMap<>();
        demoCampaigns().forEach(c -> chosen.put(c.getName(), c.getMeasures()));
        assertThat(chosen.get("后进班子集中攻坚")).containsExactly(ResultMeasure.CADRES_ADJUSTED,
                ResultMeasure.NEW_OPERATING_PROJECTS, ResultMeasure.PETITIONS_RESOLVED);
        assertThat(chosen.get("村改社区集中攻坚")).doesNotContain(ResultMeasure.CADRES_ADJUSTED);
        assertThat(chosen.get("示范片区集中攻坚")).contains(ResultMeasure.NEW_OPERATING_PROJECTS).doesNotContain(ResultMeasure.CADRES_ADJUSTED);
        assertThat(chosen.values().stream().flatMap(List::stream).distinct()).containsExactlyInAnyOrder(ResultMeasure.values());
    }

    @Test
    void eachChosenCountEqualsTheSqlCountOverTheCampaignsVillagesAndYear() {
        for (Campaign campaign : demoCampaigns()) {
            for (CampaignService.MeasureResult result : campaigns.resultsOf(campaign)) {
                long expected = jdbc.queryForObject(SQL.get(result.measure()), Long.class, campaign.getId(), campaign.periodFrom(),
                        campaign.periodTo());
                assertThat(result.total()).as(campaign.getName() + " " + result.measure()).isEqualTo(expected);
                assertThat(result.villages().stream().mapToLong(CampaignService.VillageCount::count).sum()).isEqualTo(expected);
                assertThat(expected).as(campaign.getName() + " " + result.measure() + ": a demo campaign counts what it has").isPositive();
            }
        }
    }

    @Test
    void aVillagesLinkOpensAListOfExactlyTheRecordsCounted() throws Exception {
        for (Campaign campaign : demoCampaigns()) {
            for (CampaignService.MeasureResult result : campaigns.resultsOf(campaign)) {
                if (result.villages().isEmpty()) {
                    continue;
                }
                CampaignService.VillageCount top = result.villages().get(0);
                String list = mvc.perform(get(top.list()).with(user(district))).andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
                assertThat(list).as(top.list()).contains("共 " + top.count() + " 条");
                signIn();
            }
        }
    }

    @Test
    void countingCostsOneQueryPerChosenMeasureWhateverTheNumberOfVillages() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        for (Campaign campaign : demoCampaigns()) {
            statistics.clear();
            campaigns.resultsOf(campaign);
            assertThat(statistics.getPrepareStatementCount()).as(campaign.getName() + " with " + campaign.getVillages().size() + " villages")
                    .isEqualTo(campaign.getMeasures().size());
        }
    }
}
