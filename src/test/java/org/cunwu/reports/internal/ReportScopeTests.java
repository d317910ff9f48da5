package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Town and village reports on the demo data: each role reads its own scope and no other (an edited URL is not
 * found), the figures are those of the scope counted independently here, and periods end on their last day.
 */
@DemoIntegrationTest
class ReportScopeTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    Long ceshan;
    Long chudun;
    Long villageOfCeshan;
    Long chudun1;

    @BeforeEach
    void findPlaces() {
        ceshan = id("select id from town where name = '册山街道'");
        chudun = id("select id from town where name = '褚墩镇'");
        villageOfCeshan = id("select min(id) from village where town_id = " + ceshan);
        chudun1 = id("select id from village where name = '褚墩一村'");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    String page(String url, PortalUser as) throws Exception {
        return mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    Report reportAs(PortalUser as, ReportScope.Level level, Long id, Period period) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(as, null, as.getAuthorities()));
        ReportScope scope = switch (level) {
            case DISTRICT -> reports.district();
            case TOWN -> reports.town(id);
            case VILLAGE -> reports.village(id);
        };
        return reports.report(scope, period);
    }

    @Test
    void townStaffReadTheirTownAndItsVillagesOnly() throws Exception {
        PortalUser town = VillageFixtures.user(Role.TOWN_STAFF, ceshan, null);
        mvc.perform(get("/reports/district").param("year", "2023").with(user(town)))
                .andExpect(redirectedUrl("/reports/towns/" + ceshan + "?year=2023"));
        mvc.perform(get("/reports").with(user(town))).andExpect(redirectedUrl("/reports/towns/" + ceshan));
        assertThat(page("/reports/towns/" + ceshan + "?year=2023", town)).contains("册山街道").contains("分村情况");
        assertThat(page("/reports/villages/" + villageOfCeshan + "?year=2023", town)).contains("村级工作报告");
        mvc.perform(get("/reports/towns/" + chudun).with(user(town))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/villages/" + chudun1).with(user(town))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/towns/" + chudun).param("format", "xlsx").with(user(town))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/towns/" + chudun).param("format", "pdf").with(user(town))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/summary").param("townId", chudun.toString()).with(user(town))).andExpect(status().isNotFound());
    }

    @Test
    void aSecretaryReadsTheirVillageOnly() throws Exception {
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, chudun1);
        mvc.perform(get("/reports").param("year", "2023").with(user(secretary)))
                .andExpect(redirectedUrl("/reports/villages/" + chudun1 + "?year=2023"));
        assertThat(page("/reports/villages/" + chudun1 + "?year=2023", secretary)).contains("褚墩一村").doesNotContain("分村情况");
        mvc.perform(get("/reports/towns/" + chudun).with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/villages/" + villageOfCeshan).with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/summary").param("villageId", villageOfCeshan.toString()).with(user(secretary)))
                .andExpect(status().isNotFound());
        assertThat(page("/reports/summary?year=2023", secretary)).contains("褚墩一村");
    }

    @Test
    void districtReadersReadEveryScopeAndAccountsWithoutScopeNone() throws Exception {
        for (Role role : List.of(Role.ADMIN, Role.DISTRICT_STAFF, Role.VIEWER)) {
            PortalUser reader = VillageFixtures.user(role, null, null);
            assertThat(page("/reports/district?year=2023", reader)).contains("分镇街情况");
            page("/reports/towns/" + chudun + "?year=2023", reader);
            page("/reports/villages/" + chudun1 + "?year=2023", reader);
        }
        mvc.perform(get("/reports/towns/" + chudun).with(user(VillageFixtures.user(Role.TOWN_STAFF, null, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/district").with(user(VillageFixtures.user(Role.TOWN_STAFF, null, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/towns/999999").with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/district").param("format", "doc").with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null))))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aTownReportCountsItsOwnRecordsAndItsVillagesAddUp() {
        Report report = reportAs(VillageFixtures.user(Role.TOWN_STAFF, ceshan, null), ReportScope.Level.TOWN, ceshan, Period.ofYear(2023, true));
        String inTown = " join village v on v.id = x.village_id where v.town_id = " + ceshan;
        assertThat(report.total().count(Figure.VILLAGES)).isEqualTo(count("select count(*) from village where town_id = " + ceshan));
        assertThat(report.total().count(Figure.PROBLEMS_RESOLVED)).isEqualTo(count("select count(*) from problem x" + inTown
                + " and x.status = 'RESOLVED' and x.resolved_on between '2023-01-01' and '2023-12-31'"));
        assertThat(report.total().count(Figure.COMMITMENTS)).isEqualTo(count("select count(*) from commitment x" + inTown
                + " and x.public_notice and x.pledged_on between '2023-01-01' and '2023-12-31'"));
        assertThat(report.total().count(Figure.RECEPTION_PEOPLE)).isEqualTo(count("select coalesce(sum(people_count), 0) from reception x" + inTown
                + " and x.received_on between '2023-01-01' and '2023-12-31'"));
        assertThat(report.total().count(Figure.ADVISERS)).as("advisers belong to the district, not to a town").isZero();
        assertThat(report.units()).hasSize((int) report.total().count(Figure.VILLAGES));
        assertThat(report.units().stream().mapToLong(u -> u.figures().count(Figure.PROBLEMS_RESOLVED)).sum())
                .isEqualTo(report.total().count(Figure.PROBLEMS_RESOLVED));
        assertThat(report.campaigns()).isEmpty();
    }

    @Test
    void aVillageReportIsItsDossierForThePeriod() {
        Report report = reportAs(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, chudun1), ReportScope.Level.VILLAGE, chudun1,
                Period.ofYear(2023, true));
        assertThat(report.units()).isEmpty();
        assertThat(report.total().count(Figure.VILLAGES)).isOne();
        assertThat(report.total().count(Figure.PROBLEMS_RAISED)).isEqualTo(count("select count(*) from problem where village_id = " + chudun1
                + " and reported_on between '2023-01-01' and '2023-12-31'"));
        assertThat(report.total().count(Figure.CURRENT_CADRES)).isEqualTo(count("select count(*) from post_held where village_id = " + chudun1
                + " and from_date <= '2023-12-31' and (to_date is null or to_date >= '2023-12-31')"));
        assertThat(report.total().count(Figure.REPRESENTATIVES)).isEqualTo(count("select count(*) from representative where village_id = " + chudun1));
        assertThat(report.profile().population()).isEqualTo(jdbc.queryForObject("select population from village where id = " + chudun1, Integer.class));
        assertThat(report.profile().holders()).hasSize((int) report.total().count(Figure.CURRENT_CADRES))
                .anySatisfy(h -> assertThat(h.postZh()).isEqualTo("党支部书记"));
    }

    @Test
    @Transactional
    void aProblemResolvedOnNewYearsEveCountsInTheOldYearAndOneResolvedOnNewYearsDayInTheNew() {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        long before2023 = reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.ofYear(2023, true)).total().count(Figure.PROBLEMS_RESOLVED);
        long before2024 = reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.ofYear(2024, true)).total().count(Figure.PROBLEMS_RESOLVED);
        long beforeQ4 = reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.parse("2023", "4", null, null, null, reports.today()))
                .total().count(Figure.PROBLEMS_RESOLVED);
        long beforeJanuary = reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.parse("2024", null, "1", null, null, reports.today()))
                .total().count(Figure.PROBLEMS_RESOLVED);
        Long category = id("select min(id) from problem_category");
        for (String resolved : List.of("2023-12-31", "2024-01-01")) {
            jdbc.update("""
                    insert into problem (village_id, source, category_id, petition, title, reported_on, status, resolved_on)
                    values (?, 'OTHER', ?, false, '边界测试', date '2023-12-20', 'RESOLVED', ?::date)""", chudun1, category, resolved);
        }
        assertThat(reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.ofYear(2023, true)).total().count(Figure.PROBLEMS_RESOLVED))
                .isEqualTo(before2023 + 1);
        assertThat(reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.ofYear(2024, true)).total().count(Figure.PROBLEMS_RESOLVED))
                .isEqualTo(before2024 + 1);
        assertThat(reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.parse("2023", "4", null, null, null, reports.today()))
                .total().count(Figure.PROBLEMS_RESOLVED)).isEqualTo(beforeQ4 + 1);
        assertThat(reportAs(district, ReportScope.Level.VILLAGE, chudun1, Period.parse("2024", null, "1", null, null, reports.today()))
                .total().count(Figure.PROBLEMS_RESOLVED)).isEqualTo(beforeJanuary + 1);
        assertThat(reportAs(district, ReportScope.Level.VILLAGE, chudun1,
                Period.parse(null, null, null, "2023-12-31", "2023-12-31", reports.today())).total().count(Figure.PROBLEMS_RESOLVED))
                .isEqualTo(count("select count(*) from problem where village_id = " + chudun1 + " and status = 'RESOLVED' and resolved_on = '2023-12-31'"));
    }
}
