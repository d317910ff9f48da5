package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every stable page of PRODUCT.md opens on the demo district for every role, in both languages: no 500 and no
 * stack trace, whatever the data (a page's own tests use small fixtures; this one uses the whole district).
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles({"test", "demo"})
class DemoPagesTests {

    static final List<String> PAGES = List.of("/", "/villages", "/towns", "/clusters", "/zones", "/cadres", "/cadres/cohorts", "/projects",
            "/talent", "/talent/pool", "/talent/partners", "/representatives", "/commitments", "/receptions", "/visits", "/problems",
            "/representatives/points", "/campaigns", "/campaigns/tasks", "/reports", "/reports/district?year=2023", "/reports/summary?year=2023", "/reports/published", "/search?q=村",
            "/admin/users");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aSecretarysHomeLinksToAllOverdueCommitmentsWhenItListsOnlySome() throws Exception {
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        long overdue = jdbc.queryForObject("select count(*) from commitment where village_id = ? and status in ('PLEDGED', 'IN_PROGRESS') "
                + "and promised_by < current_date", Long.class, village);
        String home = mvc.perform(get("/").with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        if (overdue > 10) {
            assertThat(home).contains("查看全部 " + overdue + " 条逾期承诺").contains("/commitments?villageId=" + village + "&amp;overdue=true");
        } else {
            assertThat(home).doesNotContain("条逾期承诺</a>");
        }
    }

    @Test
    void everyPageOpensForEveryRole() throws Exception {
        Long town = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        List<PortalUser> users = List.of(VillageFixtures.user(Role.ADMIN, null, null), VillageFixtures.user(Role.DISTRICT_STAFF, null, null),
                VillageFixtures.user(Role.VIEWER, null, null), VillageFixtures.user(Role.TOWN_STAFF, town, null),
                VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village));
        for (PortalUser who : users) {
            for (String page : PAGES) {
                for (String lang : List.of("zh_CN", "en")) {
                    var response = mvc.perform(get(page).param("lang", lang).with(user(who))).andReturn().getResponse();
                    assertThat(response.getStatus()).as(who.getRole() + " " + page + " " + lang).isIn(200, 302, 403);
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(page).doesNotContain("Exception").doesNotContain("??");
                }
            }
        }
    }
}
