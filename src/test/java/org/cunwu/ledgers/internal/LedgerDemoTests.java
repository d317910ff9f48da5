package org.cunwu.ledgers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The demo district's 2023 ledgers, made by the service's own steps: most reviewed, a few returned and resubmitted, two late. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles({"test", "demo"})
class LedgerDemoTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void theDemoDistrictHasItsFourQuartersMostlyReviewedAFewReturnedAndTwoVillagesLate() {
        long villages = count("select count(*) from village");
        assertThat(count("select count(*) from ledger where year = 2023")).isEqualTo(4 * villages);
        assertThat(count("select count(*) from ledger where year = 2023 and state = 'REVIEWED'")).isGreaterThan(3 * villages);
        assertThat(count("select count(distinct ledger_id) from ledger_event where to_state = 'RETURNED'")).isBetween(5L, 50L);
        assertThat(count("select count(*) from ledger l where state = 'REVIEWED' and exists (select 1 from ledger_event e where e.ledger_id = l.id and e.to_state = 'RETURNED')"))
                .as("returned ledgers were resubmitted and reviewed").isEqualTo(count("select count(distinct ledger_id) from ledger_event where to_state = 'RETURNED'"));
        assertThat(jdbc.queryForList("select v.name from ledger l join village v on v.id = l.village_id where l.year = 2023 and l.state = 'DRAFT' order by v.name",
                String.class)).containsExactlyInAnyOrderElementsOf(DemoLedgers.NOT_SUBMITTED_Q4);
        assertThat(count("select count(*) from ledger_submission where late")).isPositive();
        assertThat(count("select count(*) from ledger_submission s where not exists (select 1 from ledger_submission_figure f where f.submission_id = s.id)"))
                .as("every submission froze its figures").isZero();
        assertThat(count("select count(*) from ledger_event e join ledger l on l.id = e.ledger_id where l.state = 'REVIEWED' and e.to_state = 'REVIEWED'"))
                .isEqualTo(count("select count(*) from ledger where state = 'REVIEWED'"));
    }

    @Test
    void theSecretaryOfALateVillageSeesItOnTheHomePageAndInTheInbox() throws Exception {
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village);
        String home = mvc.perform(get("/").with(user(secretary))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(home).select(".ledgers-to-do").text()).contains("2023年第4季度").contains("逾期未提交");
        String inbox = mvc.perform(get("/inbox").with(user(secretary))).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(inbox).select(".inbox-items").text()).contains("2023年第4季度工作台账已逾期");
    }

    @Test
    void theDistrictSeesEachTownsCompletionAndDrillsDown() throws Exception {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        Document overview = Jsoup.parse(mvc.perform(get("/ledgers/overview?year=2023&quarter=4").with(user(district))).andReturn().getResponse()
                .getContentAsString());
        assertThat(overview.select(".ledger-overview tbody tr")).hasSize((int) count("select count(*) from town"));
        var chudun = overview.select(".ledger-overview tbody tr:contains(褚墩镇)").first();
        assertThat(chudun).isNotNull();
        String lateLink = chudun.select("td").get(4).select("a").attr("href");
        assertThat(chudun.select("td").get(4).text()).isEqualTo("1");
        Document late = Jsoup.parse(mvc.perform(get(lateLink).with(user(district))).andReturn().getResponse().getContentAsString());
        assertThat(late.select(".ledger-list tbody a").eachText()).contains("褚墩一村");
    }
}
