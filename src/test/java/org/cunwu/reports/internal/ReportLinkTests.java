package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Click 12, see the 12 petitions: every number a report links opens a list whose total is that number (figures
 * that are amounts or person-times link to the same list as the count of their records, which must be there too).
 */
@DemoIntegrationTest
class ReportLinkTests {

    private static final Pattern LINKED_NUMBER = Pattern.compile("<a href=\"(/[a-z/]+\\?[^\"]*)\">([0-9,]+)</a>");
    private static final Pattern LIST_TOTAL = Pattern.compile("共 ([0-9,]+) 条");
    private static final Pattern PEOPLE_TOTAL = Pattern.compile("合计接待 ([0-9,]+) 人次");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String page(String url, PortalUser as) throws Exception {
        return mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Each linked list of the report, with the numbers that link to it. */
    Map<String, Set<Long>> links(String report) {
        Map<String, Set<Long>> links = new LinkedHashMap<>();
        Matcher m = LINKED_NUMBER.matcher(report);
        while (m.find()) {
            links.computeIfAbsent(HtmlUtils.htmlUnescape(m.group(1)), k -> new TreeSet<>()).add(Long.parseLong(m.group(2).replace(",", "")));
        }
        return links;
    }

    void everyLinkOpensTheRecordsItCounts(String reportUrl, PortalUser as, int atLeast) throws Exception {
        Map<String, Set<Long>> links = links(page(reportUrl, as));
        assertThat(links).hasSizeGreaterThanOrEqualTo(atLeast);
        for (var link : links.entrySet()) {
            String list = page(link.getKey(), as);
            Matcher total = LIST_TOTAL.matcher(list);
            assertThat(total.find()).as(link.getKey()).isTrue();
            Set<Long> shown = new TreeSet<>(Set.of(Long.parseLong(total.group(1).replace(",", ""))));
            Matcher people = PEOPLE_TOTAL.matcher(list);
            if (people.find()) {
                shown.add(Long.parseLong(people.group(1).replace(",", "")));
            }
            assertThat(shown).as(link.getKey() + " shows the records behind " + link.getValue()).containsAnyElementsOf(link.getValue());
            if (link.getKey().startsWith("/receptions")) {
                assertThat(shown).as("receptions and person-times").containsAll(link.getValue());
            }
        }
    }

    @Test
    void theDistrictSummaryOf2023() throws Exception {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        String report = page("/reports/district?year=2023", district);
        assertThat(links(report)).containsEntry("/problems?petition=true&status=RESOLVED&resolvedFrom=2023-01-01&resolvedTo=2023-12-31",
                Set.of(12L));
        assertThat(links(report)).containsEntry("/zones?approvedFrom=2023-01-01&approvedTo=2023-12-31", Set.of(3L));
        assertThat(links(report)).containsEntry("/campaigns/tasks?status=DONE&completedFrom=2023-01-01&completedTo=2023-12-31", Set.of(33L));
        everyLinkOpensTheRecordsItCounts("/reports/district?year=2023", district, 40);
    }

    @Test
    void theOperatingProjectsOfAReportOpenTheProjectsThatWereOperatingInItsPeriod() throws Exception {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        String url = "/projects?operatedFrom=2023-01-01&operatedTo=2023-12-31";
        Set<Long> linked = links(page("/reports/district?year=2023", district)).get(url);
        assertThat(linked).as("the district's figure links to the list").hasSize(1);
        long operating = linked.iterator().next();
        assertThat(operating).as("the demo has projects operating in 2023").isPositive();
        assertThat(jdbc.queryForObject("""
                select count(distinct project_id) from report_project_status
                where status = 'OPERATING' and from_date <= date '2023-12-31' and (to_date is null or to_date > date '2023-01-01')""",
                Long.class)).as("the report's figure, by the status history").isEqualTo(operating);
        Matcher total = LIST_TOTAL.matcher(page(url, district));
        assertThat(total.find()).isTrue();
        assertThat(Long.parseLong(total.group(1).replace(",", ""))).isEqualTo(operating);
    }

    @Test
    void aTownReportOfAQuarterAsItsStaffSeeIt() throws Exception {
        Long ceshan = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        everyLinkOpensTheRecordsItCounts("/reports/towns/" + ceshan + "?year=2023&quarter=3", VillageFixtures.user(Role.TOWN_STAFF, ceshan, null), 20);
    }

    @Test
    void aVillageReportAsItsSecretarySeesIt() throws Exception {
        Long village = jdbc.queryForObject("select id from village where name = '十里堡社区'", Long.class);
        everyLinkOpensTheRecordsItCounts("/reports/villages/" + village + "?year=2023", VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village), 10);
    }
}
