package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each dated fact a report counts falls in the period by its own day, both ends included: what happened on
 * 31 December counts for that year, what happened on 1 January for the next. Years far from any other test's data
 * keep the counts exact; each test has a village of its own.
 */
@IntegrationTest
class ReportFactTests {

    static final LocalDate JAN_1 = LocalDate.of(2037, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2037, 12, 31);
    static final LocalDate NEXT_JAN_1 = LocalDate.of(2038, 1, 1);
    static final LocalDate PREVIOUS_DEC_31 = LocalDate.of(2036, 12, 31);

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ReportService reports;

    @Autowired
    MockMvc mvc;

    Town town;
    Village village;

    @BeforeEach
    void signInAndMakeAVillage() {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(district, null, district.getAuthorities()));
        String tag = VillageFixtures.freshCode().substring(0, 6);
        town = fixtures.town("计数镇" + tag);
        village = fixtures.village("计数村" + tag, town);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long inVillage(Figure figure, LocalDate from, LocalDate to) {
        return reports.report(reports.village(village.getId()), Period.parse(null, null, null, from.toString(), to.toString(), JAN_1))
                .total().count(figure);
    }

    long inDistrict(Figure figure, LocalDate from, LocalDate to) {
        return reports.report(reports.district(), Period.parse(null, null, null, from.toString(), to.toString(), JAN_1)).total().count(figure);
    }

    void talent(String kind, Long villageId, LocalDate since) {
        jdbc.update("insert into talent_person (kind, name, village_id, since_date) values (?, ?, ?, ?)", kind, "人才" + since, villageId, since);
    }

    @Test
    void returnedTalentsCountByTheDayTheyReturnedAndAdvisersInTheDistrictOnly() {
        long advisersBefore = inDistrict(Figure.ADVISERS, JAN_1, DEC_31);
        for (LocalDate day : new LocalDate[] {JAN_1, DEC_31, NEXT_JAN_1, PREVIOUS_DEC_31}) {
            talent("RETURNED", village.getId(), day);
        }
        talent("ADVISER", null, DEC_31);
        talent("ADVISER", null, NEXT_JAN_1);
        assertThat(inVillage(Figure.RETURNED_TALENTS, JAN_1, DEC_31)).isEqualTo(2);
        assertThat(inVillage(Figure.RETURNED_TALENTS, NEXT_JAN_1, NEXT_JAN_1.plusMonths(1))).isEqualTo(1);
        assertThat(inVillage(Figure.ADVISERS, JAN_1, DEC_31)).as("an adviser has no village").isZero();
        assertThat(inDistrict(Figure.ADVISERS, JAN_1, DEC_31)).isEqualTo(advisersBefore + 1);
    }

    @Test
    void partnerProjectsCountByTheFirstDayOfRecruitment() {
        for (LocalDate day : new LocalDate[] {DEC_31, NEXT_JAN_1, PREVIOUS_DEC_31}) {
            jdbc.update("insert into partner_project (title, village_id, open_from, status) values (?, ?, ?, 'OPEN')", "招募" + day,
                    village.getId(), day);
        }
        assertThat(inVillage(Figure.PARTNER_PROJECTS, JAN_1, DEC_31)).isEqualTo(1);
        assertThat(inVillage(Figure.PARTNER_PROJECTS, PREVIOUS_DEC_31, NEXT_JAN_1)).isEqualTo(3);
    }

    @Test
    void petitionsAndProblemsCountByTheDayTheyWereResolved() {
        Long category = jdbc.queryForObject("select min(id) from problem_category", Long.class);
        for (LocalDate day : new LocalDate[] {DEC_31, NEXT_JAN_1}) {
            jdbc.update("""
                    insert into problem (village_id, source, category_id, petition, title, reported_on, status, resolved_on)
                    values (?, 'PETITION', ?, true, '信访', ?, 'RESOLVED', ?)""", village.getId(), category, DEC_31.minusDays(10), day);
        }
        assertThat(inVillage(Figure.PETITIONS_RESOLVED, JAN_1, DEC_31)).isEqualTo(1);
        assertThat(inVillage(Figure.PETITIONS_RESOLVED, NEXT_JAN_1, NEXT_JAN_1)).isEqualTo(1);
        assertThat(inVillage(Figure.PROBLEMS_RAISED, JAN_1, DEC_31)).as("both raised on 21 December").isEqualTo(2);
        assertThat(inVillage(Figure.MEDIAN_DAYS, JAN_1, DEC_31)).isEqualTo(10);
    }

    @Test
    void cadresAdjustedCountByTheDayTheirPostEnded() {
        Long person = jdbc.queryForObject("insert into person (name, gender) values ('调整对象', 'MALE') returning id", Long.class);
        Long post = jdbc.queryForObject("select id from post_type where code = 'COMMITTEE_MEMBER'", Long.class);
        for (LocalDate day : new LocalDate[] {DEC_31, NEXT_JAN_1}) {
            jdbc.update("""
                    insert into post_held (person_id, village_id, post_type_id, secretary, from_date, to_date, end_reason)
                    values (?, ?, ?, false, ?, ?, 'NOT_COMPETENT')""", person, village.getId(), post, PREVIOUS_DEC_31, day);
        }
        assertThat(inVillage(Figure.CADRES_ADJUSTED, JAN_1, DEC_31)).isEqualTo(1);
        assertThat(inVillage(Figure.CADRES_ADJUSTED, NEXT_JAN_1, NEXT_JAN_1.plusYears(1))).isEqualTo(1);
        assertThat(inVillage(Figure.CURRENT_CADRES, JAN_1, DEC_31)).as("a period still to come counts the cadres in post today").isZero();
    }

    Report townReport(String from, String to) {
        return reports.report(reports.town(town.getId()), Period.parse(null, null, null, from, to, JAN_1));
    }

    Long villageOf(String name, String kind, String establishedOn) {
        return jdbc.queryForObject("insert into village (name, kind, code, town_id, established_on) values (?, ?, ?, ?, ?::date) returning id",
                Long.class, name, kind, VillageFixtures.freshCode(), town.getId(), establishedOn);
    }

    @Test
    void aVillageEstablishedIn2026DoesNotChangeThe2023Report() {
        long districtBefore = reports.report(reports.district(), Period.ofYear(2023, true)).total().count(Figure.VILLAGES);
        villageOf(village.getName() + "新村", "VILLAGE", "2026-03-01");
        Report of2023 = townReport("2023-01-01", "2023-12-31");
        assertThat(of2023.total().count(Figure.VILLAGES)).as("only the village that existed in 2023").isOne();
        assertThat(of2023.units()).extracting(Report.Unit::id).containsExactly(village.getId());
        assertThat(reports.report(reports.district(), Period.ofYear(2023, true)).total().count(Figure.VILLAGES)).isEqualTo(districtBefore);
        assertThat(townReport("2026-01-01", "2026-02-28").total().count(Figure.VILLAGES)).as("the day before it was established").isOne();
        assertThat(townReport("2026-01-01", "2026-03-01").total().count(Figure.VILLAGES)).as("from the day it was established").isEqualTo(2);
    }

    @Test
    void aVillageMergedIntoACommunityStopsCountingOnTheDayItWasDissolved() {
        jdbc.update("update village set dissolved_on = date '2024-07-01' where id = ?", village.getId());
        villageOf(village.getName() + "社区", "COMMUNITY", "2024-07-01");
        Report of2023 = townReport("2023-01-01", "2023-12-31");
        assertThat(of2023.total().count(Figure.VILLAGES)).isOne();
        assertThat(of2023.total().count(Figure.COMMUNITIES)).isZero();
        Report firstHalf = townReport("2024-01-01", "2024-06-30");
        assertThat(firstHalf.total().count(Figure.VILLAGES)).as("its last day").isOne();
        assertThat(firstHalf.total().count(Figure.COMMUNITIES)).isZero();
        Report of2024 = townReport("2024-01-01", "2024-12-31");
        assertThat(of2024.total().count(Figure.VILLAGES)).as("the community alone, not both").isOne();
        assertThat(of2024.total().count(Figure.COMMUNITIES)).isOne();
        assertThat(of2024.units()).as("both existed in 2024: both are units of the breakdown").hasSize(2);
        assertThat(townReport("2025-01-01", "2025-12-31").units()).as("the dissolved village is gone from 2025 on").hasSize(1);
        assertThatThrownBy(() -> jdbc.update("update village set established_on = date '2024-08-01' where id = ?", village.getId()))
                .as("dissolved before it was established").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void editingAVillagesDaysOnItsFormChangesAPastYearsVillageCount() throws Exception {
        long districtBefore = reports.report(reports.district(), Period.ofYear(2023, true)).total().count(Figure.VILLAGES);
        assertThat(townReport("2023-01-01", "2023-12-31").total().count(Figure.VILLAGES)).as("a village without days always existed").isOne();
        editDays("2023-04-01", "2023-12-31");
        assertThat(townReport("2023-01-01", "2023-12-31").total().count(Figure.VILLAGES)).as("dissolved on the period's last day").isZero();
        assertThat(reports.report(reports.district(), Period.ofYear(2023, true)).total().count(Figure.VILLAGES)).isEqualTo(districtBefore - 1);
        assertThat(townReport("2023-01-01", "2023-06-30").total().count(Figure.VILLAGES)).as("existed on 30 June").isOne();
        assertThat(townReport("2022-01-01", "2022-12-31").total().count(Figure.VILLAGES)).as("not yet established").isZero();
        editDays("2023-04-01", "");
        assertThat(townReport("2023-01-01", "2023-12-31").total().count(Figure.VILLAGES)).as("no longer dissolved").isOne();
    }

    void editDays(String establishedOn, String dissolvedOn) throws Exception {
        Village current = fixtures.reload(village.getId());
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        mvc.perform(post("/villages/" + village.getId() + "/edit").with(csrf()).with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null)))
                        .param("name", current.getName()).param("code", current.getCode()).param("kind", "VILLAGE")
                        .param("townId", town.getId().toString()).param("version", current.getVersion().toString())
                        .param("establishedOn", establishedOn).param("dissolvedOn", dissolvedOn))
                .andExpect(status().is3xxRedirection());
        SecurityContextHolder.getContext().setAuthentication(signedIn); // the request ended with the test's context cleared
    }

    /** A project of the test village with its status changes (day, status), in order; no change: a bulk-written one. */
    void project(String name, String status, String startedOn, String... changes) {
        Long id = jdbc.queryForObject("""
                insert into project (name, category_id, lead_village_id, cooperation_model, status, operating, started_on)
                values (?, (select min(id) from project_category), ?, 'CLUSTER', ?, ?, ?::date) returning id""", Long.class,
                name, village.getId(), status, status.equals("OPERATING"), startedOn);
        String from = null;
        for (int i = 0; i < changes.length; i += 2) {
            jdbc.update("insert into project_status_change (project_id, from_status, to_status, changed_on, author) values (?, ?, ?, ?::date, 'test')",
                    id, from, changes[i + 1], changes[i]);
            from = changes[i + 1];
        }
    }

    @Test
    void plannedAndSuspendedProjectsAreNotCountedAsBuildingOrOperating() {
        project("谋划项目", "PLANNED", null, "2037-02-01", "PLANNED");
        project("暂停项目", "SUSPENDED", "2036-03-01", "2036-01-01", "PLANNED", "2036-03-01", "BUILDING", "2036-12-01", "SUSPENDED");
        project("运营项目", "OPERATING", "2037-03-01", "2037-01-10", "PLANNED", "2037-03-01", "BUILDING", "2037-09-01", "OPERATING");
        project("导入项目", "BUILDING", "2037-04-01");
        assertThat(inVillage(Figure.PROJECTS_ACTIVE, JAN_1, DEC_31)).as("the operating one and the imported building one").isEqualTo(2);
        assertThat(inVillage(Figure.PROJECTS_OPERATING, JAN_1, DEC_31)).isOne();
        assertThat(inVillage(Figure.PROJECTS_ACTIVE, LocalDate.of(2036, 1, 1), PREVIOUS_DEC_31)).as("building until it was suspended").isOne();
        assertThat(inVillage(Figure.PROJECTS_ACTIVE, LocalDate.of(2037, 1, 1), LocalDate.of(2037, 2, 28)))
                .as("planned or suspended all those months").isZero();
        assertThat(inVillage(Figure.PROJECTS_ACTIVE, NEXT_JAN_1, LocalDate.of(2038, 12, 31))).isEqualTo(2);
    }
}
