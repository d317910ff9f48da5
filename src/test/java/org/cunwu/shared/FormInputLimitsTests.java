package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cunwu.IntegrationTest;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Hostile and clumsy input on the create forms of every module (overlong text, NUL, hexadecimal numbers,
 * negative years and money, an end before its start) is a field message in the user's language with the
 * input kept and nothing saved, never a database error; a plausible submission still saves.
 */
@IntegrationTest
class FormInputLimitsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    PortalUser secretary;
    String tag;
    Town town;
    Village village;

    @BeforeEach
    void createVillage() {
        tag = VillageFixtures.freshCode().substring(0, 6);
        town = fixtures.town("限长镇" + tag);
        village = fixtures.village("限长村" + tag, town);
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, town.getId(), village.getId());
    }

    /** The form answered again (200), in Chinese or English. */
    String refused(MockHttpServletRequestBuilder request, PortalUser user, String lang) throws Exception {
        return mvc.perform(request.with(csrf()).with(user(user)).cookie(new Cookie("cunwu-lang", lang)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    int count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Integer.class, args);
    }

    Long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    MockHttpServletRequestBuilder newVillage(String name) {
        return post("/villages/new").param("name", name).param("kind", "VILLAGE").param("code", VillageFixtures.freshCode())
                .param("townId", town.getId().toString());
    }

    @Test
    void aVillageWithOverlongNulHexOrNegativeValuesIsRefusedOnEachField() throws Exception {
        String page = refused(newVillage("长" + "村".repeat(100)).param("population", "0x1F").param("collectiveIncome", "-5")
                .param("specialties", "草莓、" + "莲".repeat(51)), district, "zh");
        assertThat(page).contains("不能超过 100 个字符").contains("请输入整数").contains("不能小于 0")
                .contains("每个特色产品不能超过 50 个字符")
                .contains("value=\"0x1F\"").contains("value=\"-5\"").contains("长" + "村".repeat(100));

        String english = refused(newVillage("空\u0000字村" + tag).param("households", "1e3"), district, "en");
        assertThat(english).contains("Held invisible control characters").contains("Enter a whole number")
                .contains("value=\"空字村" + tag + "\"").contains("value=\"1e3\"").doesNotContain("\u0000");
        assertThat(count("select count(*) from village where name like ?", "%字村" + tag)).isZero();
        assertThat(count("select count(*) from village where name like ?", "长村村%")).isZero();
    }

    @Test
    void aPlausibleVillageWithSeveralSpecialtiesStillSaves() throws Exception {
        mvc.perform(newVillage("新建村" + tag).param("population", "1280").param("households", "402").param("farmlandMu", "3560.5")
                        .param("collectiveIncome", "125000").param("specialties", "草莓、莲藕，稻虾 茶叶")
                        .with(csrf()).with(user(district)))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from village_specialty s join village v on v.id = s.village_id where v.name = ?",
                "新建村" + tag)).isEqualTo(4);
    }

    @Test
    void aPersonBornInANegativeYearOrWithANulInTheNameIsRefused() throws Exception {
        Long postType = id("select min(id) from post_type where not secretary");
        String page = refused(post("/cadres/new").param("name", "张\u0001三" + tag).param("gender", "MALE")
                .param("birthDate", "-0002-01-01").param("phone", "1".repeat(21)).param("villageId", village.getId().toString())
                .param("postTypeId", postType.toString()).param("fromDate", "0002-01-01"), district, "zh");
        assertThat(page).contains("含有不可见的控制字符").contains("出生日期应在 1900 年 1 月 1 日至今天之间")
                .contains("日期的年份应在 1949 至 2100 年之间").contains("不能超过 20 个字符")
                .contains("value=\"张三" + tag + "\"");
        String english = refused(post("/cadres/new").param("name", "李四" + tag).param("gender", "MALE")
                .param("birthDate", "2999-01-01").param("villageId", village.getId().toString())
                .param("postTypeId", postType.toString()).param("fromDate", "2023-01-01"), district, "en");
        assertThat(english).contains("The birth date must lie between 1 January 1900 and today");
        assertThat(count("select count(*) from person where name like ?", "%" + tag)).isZero();

        mvc.perform(post("/cadres/new").param("name", "王五" + tag).param("gender", "MALE").param("birthDate", "1978-04-02")
                        .param("villageId", village.getId().toString()).param("postTypeId", postType.toString())
                        .param("fromDate", "2021-01-01").with(csrf()).with(user(district)))
                .andExpect(status().is3xxRedirection());
        assertThat(count("select count(*) from person where name = ?", "王五" + tag)).isOne();
    }

    MockHttpServletRequestBuilder newProject(String name) {
        return post("/projects/new").param("name", name).param("categoryId", id("select min(id) from project_category").toString())
                .param("leadVillageId", village.getId().toString()).param("cooperationModel", "CLUSTER");
    }

    @Test
    void aProjectFinishedBeforeItStartedOrLosingIncomeIsRefused() throws Exception {
        String page = refused(newProject("倒置项目" + tag).param("startedOn", "2023-06-01").param("finishedOn", "2023-01-01")
                .param("incomePerVillage", "-30000").param("investmentWan", "0x10"), district, "zh");
        assertThat(page).contains("完工日期不能早于开工日期").contains("不能小于 0").contains("请输入数字")
                .contains("value=\"-30000\"").contains("value=\"0x10\"").contains("value=\"2023-01-01\"");
        String english = refused(newProject("公元前项目" + tag).param("startedOn", "0002-01-01")
                .param("description", "x".repeat(2001)), district, "en");
        assertThat(english).contains("The year must lie between 1949 and 2100").contains("At most 2000 characters");
        assertThat(count("select count(*) from project where name like ?", "%项目" + tag)).isZero();

        mvc.perform(newProject("稻虾共养" + tag).param("startedOn", "2023-03-01").param("finishedOn", "2023-03-01")
                        .param("investmentWan", "320.5").param("incomePerVillage", "30000")
                        .param("description", "第一期：育苗\n第二期：\t养殖").with(csrf()).with(user(district)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select description from project where name = ?", String.class, "稻虾共养" + tag))
                .isEqualTo("第一期：育苗\n第二期：\t养殖");
    }

    @Test
    void aCommitmentDueBeforeItsPledgeOrWithAnOverlongTokenIsRefused() throws Exception {
        String page = refused(post("/commitments/new").param("pledgedBy", "王代表").param("content", "修路灯" + tag)
                .param("category", "INFRASTRUCTURE").param("pledgedOn", "2023-06-01").param("promisedBy", "2023-03-01")
                .param("token", "t".repeat(41)), secretary, "zh");
        // the token is a hidden field only a forged request makes overlong: refused (nothing saved below), not a 500
        assertThat(page).contains("完成时限不能早于承诺日期");
        String english = refused(post("/commitments/new").param("pledgedBy", "王代表").param("content", "修\u0000路灯" + tag)
                .param("category", "INFRASTRUCTURE").param("pledgedOn", "2023-06-01").param("promisedBy", "+12023-03-01"),
                secretary, "en");
        assertThat(english).contains("Held invisible control characters").contains("The year must lie between 1949 and 2100")
                .contains("修路灯" + tag);
        assertThat(count("select count(*) from commitment where content like ?", "%路灯" + tag)).isZero();
    }

    @Test
    void aProblemAndAReceptionWithOverlongTextOrHexCountsAreRefused() throws Exception {
        Long category = id("select min(id) from problem_category");
        String page = refused(post("/problems/new").param("categoryId", category.toString()).param("source", "OTHER")
                .param("title", "题".repeat(301)).param("reportedOn", "-2023-05-01"), secretary, "zh");
        assertThat(page).contains("不能超过 300 个字符").contains("日期的年份应在 1949 至 2100 年之间");
        String reception = refused(post("/receptions/new").param("receivedOn", "2023-06-01").param("residentName", "李大爷" + tag)
                .param("topic", "路灯").param("peopleCount", "0x1F"), secretary, "en");
        assertThat(reception).contains("Enter a whole number").contains("value=\"0x1F\"").contains("inputmode=\"numeric\"");
        assertThat(count("select count(*) from reception where resident_name = ?", "李大爷" + tag)).isZero();
    }

    @Test
    void aRepresentativeWhoseTermEndsBeforeItBeginsIsRefused() throws Exception {
        String page = refused(post("/representatives/new").param("name", "代表" + tag).param("termFrom", "2024-01-01")
                .param("termTo", "2021-01-01").param("certificateNo", "R".repeat(41)), secretary, "zh");
        assertThat(page).contains("任期结束不能早于任期开始").contains("不能超过 40 个字符").contains("value=\"2021-01-01\"");
        String english = refused(post("/representatives/new").param("name", "代表" + tag).param("termFrom", "2024-01-01")
                .param("termTo", "2021-01-01"), secretary, "en");
        assertThat(english).contains("The term cannot end before it begins");
        assertThat(count("select count(*) from representative where name = ?", "代表" + tag)).isZero();
    }

    @Test
    void aProgrammeEndingBeforeItStartsAndACampaignYearInHexAreRefused() throws Exception {
        String program = refused(post("/talent/new").param("name", "倒置计划" + tag).param("kind", "TALENT")
                .param("startsOn", "2023-06-01").param("endsOn", "2023-01-01"), district, "en");
        assertThat(program).contains("The end cannot be before the start");
        String campaign = refused(post("/campaigns/new").param("name", "攻坚" + tag).param("year", "0x7E7"), district, "zh");
        assertThat(campaign).contains("请输入整数").contains("value=\"0x7E7\"");
        assertThat(count("select count(*) from talent_program where name = ?", "倒置计划" + tag)).isZero();
        assertThat(count("select count(*) from campaign where name = ?", "攻坚" + tag)).isZero();
    }

    @Test
    void aNulInAListFilterOrARequestParameterNeverReachesTheDatabase() throws Exception {
        // the request filter answers a list's control character with the portal's 400 page before any list reads it
        mvc.perform(get("/villages").param("q", "限长\u0000村" + tag).with(user(district))).andExpect(status().isBadRequest());
        mvc.perform(get("/projects").param("q", "\u0000").with(user(district))).andExpect(status().isBadRequest());
        // a bound @RequestParam goes through the same editor as a form field: a bad request, not a 500
        mvc.perform(get("/search").param("q", "村\u0000").with(user(district))).andExpect(status().isBadRequest());
        mvc.perform(get("/clusters").param("q", "\u0007").with(user(district))).andExpect(status().isBadRequest());
    }
}
