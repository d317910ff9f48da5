package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every stable page of PRODUCT.md answers each role on the demo district exactly as the access policy says (a page
 * wrongly refused to district staff fails, as does a form opened to a viewer), in both languages, with no missing
 * message key and no stack trace whatever the data (a page's own tests use small fixtures; this one uses the whole district).
 */
@DemoIntegrationTest
class DemoPagesTests {

    /** The users of the walk, each with the answers the access policy gives them (see {@link ScopeMatrixTests}). */
    enum Who { ADMIN, DISTRICT, VIEWER, TOWN, SECRETARY }

    /** Lists filter themselves to the user's scope and district-public pages are read by everyone. */
    static final List<Integer> EVERYONE = List.of(200, 200, 200, 200, 200);

    /**
     * Each page and the status each user gets, in the order of {@link Who}: 200 opens, 403 is refused, 302 sends the
     * user to their own report (the district's for district readers, their town's or village's otherwise).
     */
    static final Map<String, List<Integer>> PAGES = pages();

    static Map<String, List<Integer>> pages() {
        Map<String, List<Integer>> pages = new LinkedHashMap<>();
        for (String page : List.of("/", "/villages", "/towns", "/clusters", "/zones", "/cadres", "/cadres/cohorts", "/projects",
                "/talent", "/talent/pool", "/talent/partners", "/representatives", "/commitments", "/receptions", "/visits", "/problems",
                "/representatives/points", "/campaigns", "/campaigns/tasks", "/reports/summary?year=2023", "/reports/published",
                "/search?q=村", "/account/password")) {
            pages.put(page, EVERYONE);
        }
        pages.put("/reports", List.of(302, 302, 302, 302, 302));
        pages.put("/reports/district?year=2023", List.of(200, 200, 200, 302, 302));
        pages.put("/admin/users", List.of(200, 403, 403, 403, 403));
        pages.put("/admin/users/audit", List.of(200, 403, 403, 403, 403));
        pages.put("/admin/users/new", List.of(200, 403, 403, 403, 403));
        pages.put("/campaigns/new", List.of(200, 200, 403, 403, 403));
        pages.put("/talent/new", List.of(200, 200, 403, 403, 403));
        pages.put("/cadres/cohorts/new", List.of(200, 200, 403, 403, 403));
        pages.put("/villages/new", List.of(200, 200, 403, 200, 403));
        pages.put("/cadres/new", List.of(200, 200, 403, 200, 403));
        pages.put("/projects/new", List.of(200, 200, 403, 200, 403));
        pages.put("/talent/pool/new", List.of(200, 200, 403, 200, 403));
        pages.put("/commitments/new", List.of(200, 200, 403, 200, 200));
        pages.put("/receptions/new", List.of(200, 200, 403, 200, 200));
        pages.put("/problems/new", List.of(200, 200, 403, 200, 200));
        pages.put("/visits/new", List.of(200, 200, 403, 200, 200));
        pages.put("/representatives/new", List.of(200, 200, 403, 200, 200));
        return pages;
    }

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
    void everyPageAnswersEachRoleAsTheAccessPolicySays() throws Exception {
        Long town = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        Map<Who, PortalUser> users = new EnumMap<>(Who.class);
        users.put(Who.ADMIN, VillageFixtures.user(Role.ADMIN, null, null));
        users.put(Who.DISTRICT, VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        users.put(Who.VIEWER, VillageFixtures.user(Role.VIEWER, null, null));
        users.put(Who.TOWN, VillageFixtures.user(Role.TOWN_STAFF, town, null));
        users.put(Who.SECRETARY, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village));
        Map<Who, String> ownReport = new EnumMap<>(Who.class);
        ownReport.put(Who.ADMIN, "/reports/district");
        ownReport.put(Who.DISTRICT, "/reports/district");
        ownReport.put(Who.VIEWER, "/reports/district");
        ownReport.put(Who.TOWN, "/reports/towns/" + town);
        ownReport.put(Who.SECRETARY, "/reports/villages/" + village);
        List<String> wrong = new ArrayList<>();
        int opened = 0;
        for (Who who : Who.values()) {
            for (Map.Entry<String, List<Integer>> page : PAGES.entrySet()) {
                int expected = page.getValue().get(who.ordinal());
                for (String lang : List.of("zh_CN", "en")) {
                    String as = who + " " + page.getKey() + " " + lang;
                    var response = mvc.perform(get(page.getKey()).param("lang", lang).with(user(users.get(who)))).andReturn().getResponse();
                    opened++;
                    if (response.getStatus() != expected) {
                        wrong.add(as + ": expected " + expected + ", got " + response.getStatus());
                        continue;
                    }
                    assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(as).doesNotContain("Exception").doesNotContain("??");
                    if (expected == 302) {
                        String location = response.getRedirectedUrl();
                        assertThat(location).as(as).matches(Pattern.quote(ownReport.get(who)) + "(\\?.*)?");
                        var report = mvc.perform(get(location).with(user(users.get(who)))).andReturn().getResponse();
                        assertThat(report.getStatus()).as(as + " → " + location).isEqualTo(200);
                        assertThat(report.getContentAsString(StandardCharsets.UTF_8)).as(as + " → " + location)
                                .doesNotContain("Exception").doesNotContain("??");
                    }
                }
            }
        }
        assertThat(opened).isEqualTo(Who.values().length * PAGES.size() * 2);
        assertThat(wrong).as("pages whose answer differs from the access policy").isEmpty();
    }
}
