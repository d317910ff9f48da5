package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The lists' date filters on the demo district, each against a count made here in SQL: both ends included, either
 * end open, the CSV export selecting the same records, and an unreadable date ignored with a notice (never a 500).
 */
@DemoIntegrationTest
class ListPeriodFilterTests {

    private static final Pattern TOTAL = Pattern.compile("共 ([0-9,]+) 条");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    long listed(String url) throws Exception {
        String page = mvc.perform(get(url).with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    long exported(String url) throws Exception {
        String csv = mvc.perform(get(url + (url.contains("?") ? "&" : "?") + "format=csv").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return csv.lines().skip(1).filter(line -> !line.isBlank()).count();
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    void check(String url, String sql) throws Exception {
        long expected = count(sql);
        assertThat(listed(url)).as(url).isEqualTo(expected);
        if (expected < 3000) {
            assertThat(exported(url)).as(url + " exported").isEqualTo(expected);
        }
    }

    @Test
    void problemsByDayRaisedAndDayResolved() throws Exception {
        check("/problems?resolvedFrom=2023-12-31&resolvedTo=2023-12-31", "select count(*) from problem where resolved_on = '2023-12-31'");
        check("/problems?resolvedFrom=2024-01-01", "select count(*) from problem where resolved_on >= '2024-01-01'");
        check("/problems?status=RESOLVED&petition=true&resolvedFrom=2023-01-01&resolvedTo=2023-12-31",
                "select count(*) from problem where petition and status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'");
        check("/problems?reportedTo=2023-01-31", "select count(*) from problem where reported_on <= '2023-01-31'");
    }

    @Test
    void commitmentsByDayPledgedAndPublicNotice() throws Exception {
        check("/commitments?publicNotice=true&pledgedFrom=2023-12-01&pledgedTo=2023-12-31",
                "select count(*) from commitment where public_notice and pledged_on between '2023-12-01' and '2023-12-31'");
        check("/commitments?pledgedFrom=2023-12-31&pledgedTo=2023-12-31", "select count(*) from commitment where pledged_on = '2023-12-31'");
    }

    @Test
    void receptionsByDayReceivedWithTheirPersonTimes() throws Exception {
        check("/receptions?receivedFrom=2023-06-01&receivedTo=2023-06-30",
                "select count(*) from reception where received_on between '2023-06-01' and '2023-06-30'");
        long people = count("select coalesce(sum(people_count), 0) from reception where received_on between '2023-06-01' and '2023-06-30'");
        String page = mvc.perform(get("/receptions?receivedFrom=2023-06-01&receivedTo=2023-06-30").with(user(district)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("合计接待 " + String.format("%,d", people) + " 人次");
    }

    @Test
    void cadresByDayEndedAndDayHeld() throws Exception {
        check("/cadres?adjusted=true&current=false&endedFrom=2023-01-01&endedTo=2023-12-31",
                "select count(*) from post_held where end_reason = 'NOT_COMPETENT' and to_date between '2023-01-01' and '2023-12-31'");
        check("/cadres?onDate=2023-12-31", "select count(*) from post_held where from_date <= '2023-12-31' and (to_date is null or to_date >= '2023-12-31')");
    }

    @Test
    void projectsRunningAndFirstOperatingInAPeriod() throws Exception {
        check("/projects?keySupervised=true&activeFrom=2023-01-01&activeTo=2023-12-31", """
                select count(*) from project where key_supervised and (started_on is null or started_on <= '2023-12-31')
                and (finished_on is null or finished_on >= '2023-01-01')""");
        check("/projects?rectification=true&operatingFrom=2023-01-01&operatingTo=2023-12-31", """
                select count(*) from project p join village v on v.id = p.lead_village_id where p.operating and v.rectification
                and (select min(c.changed_on) from project_status_change c where c.project_id = p.id and c.to_status = 'OPERATING')
                    between '2023-01-01' and '2023-12-31'""");
    }

    @Test
    void talentsByDayJoinedAndPartnerProjectsByFirstDayOfRecruitment() throws Exception {
        check("/talent/pool?kind=RETURNED&sinceFrom=2023-01-01&sinceTo=2023-12-31",
                "select count(*) from talent_person where kind = 'RETURNED' and since_date between '2023-01-01' and '2023-12-31'");
        check("/talent/partners?openFrom=2023-01-01&openTo=2023-12-31",
                "select count(*) from partner_project where open_from between '2023-01-01' and '2023-12-31'");
    }

    @Test
    void anUnreadableDateIsIgnoredWithANotice() throws Exception {
        for (String url : new String[] {"/problems?resolvedFrom=2023-13-45", "/commitments?pledgedTo=yesterday", "/receptions?receivedFrom=2023/01/01",
                "/cadres?endedFrom=x&onDate=31.12.2023", "/projects?activeFrom=soon", "/talent/pool?sinceTo=1", "/talent/partners?openFrom=?"}) {
            String page = mvc.perform(get(url).with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(page).as(url).contains("日期无法识别");
        }
        assertThat(listed("/problems?resolvedFrom=2023-13-45")).isEqualTo(count("select count(*) from problem"));
    }
}
