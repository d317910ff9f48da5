package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The work summary draft: approximate wording rounds down and says 余 only when something was cut off. */
@DemoIntegrationTest
class WorkSummaryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void approximateChineseWording() {
        assertThat(WorkSummary.approxZh(7)).isEqualTo("7");
        assertThat(WorkSummary.approxZh(99)).isEqualTo("99");
        assertThat(WorkSummary.approxZh(100)).isEqualTo("100");
        assertThat(WorkSummary.approxZh(345)).isEqualTo("340余");
        assertThat(WorkSummary.approxZh(6200)).isEqualTo("6200");
        assertThat(WorkSummary.approxZh(6234)).isEqualTo("6200余");
        assertThat(WorkSummary.approxZh(8599)).isEqualTo("8500余");
        assertThat(WorkSummary.approxZh(9999)).isEqualTo("9900余");
        assertThat(WorkSummary.approxZh(10000)).isEqualTo("1万");
        assertThat(WorkSummary.approxZh(10345)).isEqualTo("1万余");
        assertThat(WorkSummary.approxZh(12800)).isEqualTo("1.2万余");
        assertThat(WorkSummary.approxZh(20000)).isEqualTo("2万");
        assertThat(WorkSummary.approxZh(123456)).isEqualTo("12.3万余");
        assertThat(WorkSummary.moneyZh(new BigDecimal("70000.00"))).isEqualTo("7万元");
        assertThat(WorkSummary.moneyZh(new BigDecimal("125000"))).isEqualTo("12.5万元");
        assertThat(WorkSummary.moneyZh(new BigDecimal("12345"))).isEqualTo("12345元");
        assertThat(WorkSummary.moneyZh(new BigDecimal("8000"))).isEqualTo("8000元");
    }

    @Test
    void approximateEnglishWording() {
        assertThat(WorkSummary.approxEn(12)).isEqualTo("12");
        assertThat(WorkSummary.approxEn(6234)).isEqualTo("more than 6,200");
        assertThat(WorkSummary.approxEn(6200)).isEqualTo("6,200");
        assertThat(WorkSummary.approxEn(10345)).isEqualTo("more than 10,000");
    }

    @Test
    void theDistrictDraftFor2023ReadsLikeTheSource() throws Exception {
        long commitments = jdbc.queryForObject(
                "select count(*) from commitment where public_notice and pledged_on between '2023-01-01' and '2023-12-31'", Long.class);
        long people = jdbc.queryForObject("select sum(people_count) from reception where received_on between '2023-01-01' and '2023-12-31'", Long.class);
        long resolved = jdbc.queryForObject(
                "select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'", Long.class);
        String page = mvc.perform(get("/reports/summary").param("year", "2023").with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page)
                .contains("2023年，罗庄区共有村（社区）")
                .contains("公开承诺事项" + WorkSummary.approxZh(commitments) + "条")
                .contains("民意接待" + WorkSummary.approxZh(people) + "人次")
                .contains("解决群众身边小问题" + WorkSummary.approxZh(resolved) + "个")
                .contains("调整不胜任村干部11名").contains("化解信访矛盾12个").contains("回引在外优秀人才10名")
                .contains("聘任乡村振兴顾问6名").contains("发布“乡村振兴合伙人”项目5个").contains("确定重点督导项目20个")
                .contains("编制示范片区规划3个").contains("后进村新增经营性项目7个")
                .contains("“村改社区集中攻坚”聚焦4个攻坚方向，完成攻坚任务27项")
                .contains("村村联建项目").contains("十里堡社区联合5个村（社区）建设“十里堡社区软枣猕猴桃种植基地”，涉及土地120亩，每村年增收7万元")
                .contains("In 2023, 罗庄区 had").contains(WorkSummary.approxEn(commitments) + " public commitments");
        assertThat(WorkSummary.approxZh(commitments)).startsWith("6").endsWith("余");
        assertThat(WorkSummary.approxZh(resolved)).endsWith("万余");
    }

    @Test
    void aTownDraftSpeaksOfTheTown() throws Exception {
        Long ceshan = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        String page = mvc.perform(get("/reports/summary").param("year", "2023").param("townId", ceshan.toString())
                        .with(user(VillageFixtures.user(Role.TOWN_STAFF, ceshan, null))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2023年，罗庄区册山街道共有村（社区）").doesNotContain("聘任乡村振兴顾问");
    }
}
