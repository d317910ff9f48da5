package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The demo profile loads the Luozhuang district once, with the demo accounts, and the source's figures come from its records. */
@DemoIntegrationTest
class DemoDataTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    List<ApplicationRunner> runners;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void theDemoDistrictHasTheTownsClustersAndZonesOfTheSource() {
        assertThat(jdbc.queryForList("select name from town order by code", String.class))
                .containsExactly("罗庄街道", "傅庄街道", "盛庄街道", "册山街道", "高都街道", "褚墩镇", "黄山镇", "沂堂镇");
        assertThat(jdbc.queryForList("select name from cluster order by name", String.class))
                .containsExactlyInAnyOrder("三重片区", "埝新片区", "文曲山片区");
        assertThat(jdbc.queryForList("select name from demonstration_zone", String.class))
                .containsExactlyInAnyOrder("傅庄示范片区", "册山示范片区", "黄山示范片区");
        assertThat(jdbc.queryForList("select name from village", String.class))
                .contains("朱陈社区", "十里堡社区", "东蔡村", "凤凰庄村", "菊花屯村", "丰大村", "褚墩一村", "南头村");
        assertThat(count("select count(*) from demonstration_zone where extract(year from plan_approved_on) = 2023")).isEqualTo(3);
    }

    @Test
    void cadreFiguresOf2023AreCountedFromRecords() {
        assertThat(count("""
                select count(*) from post_held where end_reason = 'NOT_COMPETENT' and to_date between '2023-01-01' and '2023-12-31'
                """)).isEqualTo(11);
        assertThat(count("""
                select count(distinct p.id) from cohort_member m join person p on p.id = m.person_id
                join post_held h on h.person_id = p.id and h.to_date is null
                join post_type t on t.id = h.post_type_id and t.code in ('PARTY_SECRETARY', 'DEPUTY_SECRETARY')
                where p.birth_date between '1990-01-01' and '1999-12-31'
                """)).isEqualTo(26);
        assertThat(count("select count(*) from post_held where secretary and to_date is null"))
                .as("every village has exactly one current secretary").isEqualTo(count("select count(*) from village"));
    }

    @Test
    void projectFiguresOf2023AreCountedFromRecords() {
        assertThat(count("select count(*) from project where key_supervised")).isEqualTo(20);
        assertThat(count("""
                select count(distinct p.id) from project p join village v on v.id = p.lead_village_id
                join project_status_change c on c.project_id = p.id and c.to_status = 'OPERATING'
                where p.operating and v.rectification and c.changed_on between '2023-01-01' and '2023-12-31'
                """)).isEqualTo(7);
        Long kiwi = jdbc.queryForObject("select id from project where name like '%软枣猕猴桃%'", Long.class);
        assertThat(jdbc.queryForList("select v.name from project_partner pp join village v on v.id = pp.village_id where pp.project_id = ?",
                String.class, kiwi)).hasSize(5).contains("菊花屯村", "丰大村");
        assertThat(jdbc.queryForObject("select land_mu from project where id = ?", BigDecimal.class, kiwi)).isEqualByComparingTo("120");
        assertThat(jdbc.queryForObject("select sum(land_mu) from project_partner where project_id = ?", BigDecimal.class, kiwi))
                .isEqualByComparingTo("120");
        assertThat(jdbc.queryForObject("select income_per_village from project where id = ?", BigDecimal.class, kiwi))
                .isEqualByComparingTo("70000");
    }

    @Test
    void campaignFiguresOf2023AreCountedFromRecords() {
        assertThat(jdbc.queryForList("select name from campaign where year = 2023", String.class))
                .containsExactlyInAnyOrder("后进班子集中攻坚", "村改社区集中攻坚", "示范片区集中攻坚");
        assertThat(count("""
                select count(*) from campaign_direction d join campaign c on c.id = d.campaign_id where c.name = '村改社区集中攻坚'
                """)).isEqualTo(4);
        assertThat(count("""
                select count(*) from campaign_task t join campaign c on c.id = t.campaign_id
                where c.name = '村改社区集中攻坚' and t.status = 'DONE' and t.completed_on between '2023-01-01' and '2023-12-31'
                """)).isEqualTo(27);
    }

    @Test
    void talentFiguresOf2023AreCountedFromRecords() {
        assertThat(count("select count(*) from talent_person where kind = 'RETURNED' and since_date between '2023-01-01' and '2023-12-31'"))
                .isEqualTo(10);
        assertThat(count("select count(*) from talent_person where kind = 'ADVISER' and since_date between '2023-01-01' and '2023-12-31'"))
                .isEqualTo(6);
        assertThat(count("select count(*) from partner_project where open_from between '2023-01-01' and '2023-12-31'")).isEqualTo(5);
    }

    @Test
    void representativesFiguresOf2023AreCountedFromRecords() {
        assertThat(count("select count(*) from commitment where public_notice and pledged_on between '2023-01-01' and '2023-12-31'"))
                .isGreaterThan(6200);
        assertThat(count("select sum(people_count) from reception where received_on between '2023-01-01' and '2023-12-31'"))
                .isGreaterThan(8500);
        assertThat(count("select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'"))
                .isGreaterThan(10000);
        assertThat(count("""
                select count(*) from problem p join village v on v.id = p.village_id
                where p.petition and p.status = 'RESOLVED' and p.resolved_on between '2023-01-01' and '2023-12-31' and v.rectification
                """)).isEqualTo(12);
        assertThat(count("select count(*) from problem where petition and status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'"))
                .isEqualTo(12);
    }

    @Test
    void loadingAgainDuplicatesNothing() throws Exception {
        long villages = count("select count(*) from village");
        long people = count("select count(*) from person");
        long users = count("select count(*) from app_user");
        for (ApplicationRunner runner : runners) {
            runner.run(new DefaultApplicationArguments());
        }
        assertThat(count("select count(*) from village")).isEqualTo(villages);
        assertThat(count("select count(*) from person")).isEqualTo(people);
        assertThat(count("select count(*) from app_user")).isEqualTo(users).isEqualTo(6);
    }

    @Test
    void everyDemoAccountSignsInWithTheDemoPassword() throws Exception {
        for (String username : List.of("admin", "district", "viewer", "town-ceshan", "sec-chudun1", "sec-zhuchen")) {
            mvc.perform(formLogin("/login").user(username).password("demo-password")).andExpect(redirectedUrl("/"));
        }
    }
}
