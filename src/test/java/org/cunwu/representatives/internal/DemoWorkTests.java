package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo's residents' work looks like the rules produced it, and the village dossier shows it. */
@DemoIntegrationTest
class DemoWorkTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void everyDemoRepresentativesBalanceIsWhatThePointRulesGiveForTheirVisitsCommitmentsProblemsAndEvaluationGrades() {
        String expected = """
                select r.id,
                       (select count(*) from household_visit v where v.representative_id = r.id)
                         * (select points from point_rule where code = 'VISIT')
                     + (select count(*) from commitment c where c.representative_id = r.id and c.status = 'FULFILLED')
                         * (select points from point_rule where code = 'COMMITMENT_FULFILLED')
                     + (select count(*) from problem p join household_visit v on v.id = p.visit_id
                         where v.representative_id = r.id and p.status = 'RESOLVED')
                         * (select points from point_rule where code = 'PROBLEM_RESOLVED')
                     + coalesce((select sum(pr.points) from evaluation_item i join point_rule pr on pr.code = 'EVALUATION_' || i.grade
                         where i.representative_id = r.id), 0) as points
                from representative r
                """;
        String actual = "select r.id, coalesce(sum(e.points), 0) as points from representative r "
                + "left join point_entry e on e.representative_id = r.id group by r.id";
        assertThat(count("select count(*) from (" + expected + ") x")).isEqualTo(count("select count(*) from representative")).isGreaterThan(800);
        assertThat(count("select count(*) from (" + expected + ") x full join (" + actual + ") y on x.id = y.id "
                + "where x.points is distinct from y.points")).isZero();
        assertThat(count("select count(*) from (" + actual + ") y where y.points = 0")).isZero();
        assertThat(count("select count(*) from point_entry where source_type = 'COMMITMENT'"))
                .isEqualTo(count("select count(*) from commitment where status = 'FULFILLED' and representative_id is not null"));
        // the entries carry the day of the event, as the forms would have written them
        assertThat(count("""
                select count(*) from point_entry e join commitment c on c.id = e.source_id
                where e.source_type = 'COMMITMENT' and e.entry_date <> c.fulfilled_on""")).isZero();
    }

    @Test
    void everyDemoRepresentativeVisitedSomeButNotAllOfTheirHouseholdsIn2023() {
        assertThat(count("select count(*) from household_visit")).isGreaterThan(5_000);
        // the demo loader's visits (other tests of the same demo context record visits of their own)
        assertThat(count("select count(*) from household_visit where client_token like 'demo-visit-%' "
                + "and visited_on not between '2023-01-01' and '2023-12-31'")).isZero();
        String coverage = """
                select r.id, (select count(*) from representative_household h where h.representative_id = r.id) as linked,
                       (select count(distinct v.household_id) from household_visit v where v.representative_id = r.id
                          and v.client_token like 'demo-visit-%' and v.visited_on between '2023-01-01' and '2023-12-31') as visited
                from representative r""";
        assertThat(count("select count(*) from (" + coverage + ") c where c.visited = 0 or c.visited >= c.linked")).isZero();
        // a visit belongs to one of the representative's own households, in their village
        assertThat(count("""
                select count(*) from household_visit v join representative_household h on h.id = v.household_id
                join representative r on r.id = v.representative_id
                where h.representative_id <> v.representative_id or r.village_id <> v.village_id""")).isZero();
        // every problem found on a visit has its visit, in its village, on the day it was reported
        assertThat(count("select count(*) from problem where source = 'VISIT' and visit_id is null")).isZero();
        assertThat(count("""
                select count(*) from problem p join household_visit v on v.id = p.visit_id
                where v.village_id <> p.village_id or v.visited_on <> p.reported_on""")).isZero();
    }

    @Test
    void aDemoVisitAndAProblemFoundOnItOpenWithTheirHistory() throws Exception {
        Long problem = count("select min(id) from problem where visit_id is not null and status = 'RESOLVED'");
        Long visit = count("select visit_id from problem where id = ?", problem);
        var district = user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        assertThat(mvc.perform(get("/visits/{id}", visit).with(district)).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/problems/{id}", problem).with(district)).andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void theDossierOfADemoVillageCountsItsWorkAsTheRecordsDo() throws Exception {
        Long village = count("select id from village where name = '褚墩一村'");
        var response = mvc.perform(get("/villages/{id}", village).with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village))))
                .andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(allTime(page, "representatives")).isEqualTo(count("select count(*) from representative where village_id = ?", village));
        assertThat(allTime(page, "commitments")).isEqualTo(count("select count(*) from commitment where village_id = ?", village));
        assertThat(allTime(page, "commitmentsFulfilled"))
                .isEqualTo(count("select count(*) from commitment where village_id = ? and status = 'FULFILLED'", village));
        assertThat(allTime(page, "receptionPeople"))
                .isEqualTo(count("select coalesce(sum(people_count), 0) from reception where village_id = ?", village));
        assertThat(allTime(page, "problems")).isEqualTo(count("select count(*) from problem where village_id = ?", village));
        assertThat(allTime(page, "problemsResolved"))
                .isEqualTo(count("select count(*) from problem where village_id = ? and status = 'RESOLVED'", village));
        assertThat(allTime(page, "visits")).isEqualTo(count("select count(*) from household_visit where village_id = ?", village))
                .isPositive();
        assertThat(allTime(page, "points")).isEqualTo(count("""
                select coalesce(sum(e.points), 0) from point_entry e join representative r on r.id = e.representative_id
                where r.village_id = ?""", village)).isPositive();
        Long latest = count("select id from commitment where village_id = ? order by pledged_on desc, id desc limit 1", village);
        assertThat(page).contains("href=\"/commitments/" + latest + "\"").contains("/commitments?villageId=" + village)
                .contains("/visits?villageId=" + village).contains("/talent/pool?villageId=" + village).doesNotContain("??");
    }

    @Test
    void aSecretaryCannotOpenTheDossierOfAnotherVillage() throws Exception {
        Long own = count("select id from village where name = '褚墩一村'");
        Long other = count("select id from village where name = '朱陈社区'");
        assertThat(mvc.perform(get("/villages/{id}", other).with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, own))))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void theDossierListsTheVillagesReturnedTalents() throws Exception {
        Long village = count("""
                select village_id from talent_person where kind = 'RETURNED' and village_id is not null
                group by village_id order by count(*) desc, village_id limit 1""");
        String page = mvc.perform(get("/villages/{id}", village).param("lang", "en").with(user(VillageFixtures.user(Role.VIEWER, null, null))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        for (String name : jdbc.queryForList("select name from talent_person where kind = 'RETURNED' and village_id = ?", String.class, village)) {
            assertThat(page).contains(name);
        }
        assertThat(page).contains("Returned talents").doesNotContain("??");
    }

    private static long allTime(String page, String key) {
        Matcher row = Pattern.compile("data-count=\"" + key + "\">.*?<td[^>]*>([^<]*)</td>\\s*<td[^>]*>(\\d+)</td>", Pattern.DOTALL)
                .matcher(page);
        assertThat(row.find()).as(key).isTrue();
        return Long.parseLong(row.group(2));
    }
}
