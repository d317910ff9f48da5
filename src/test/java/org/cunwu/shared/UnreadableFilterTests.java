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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every list with filters, on the demo district, given one value it cannot read (a word for an id, an unknown status, a
 * yes/no that is neither, a year that is no number) beside one it can: the page opens, the readable filter still applies
 * (the same total, and the same export, as with that filter alone) and a notice names the value that was left out.
 */
@DemoIntegrationTest
class UnreadableFilterTests {

    private static final Pattern TOTAL = Pattern.compile("共 ([0-9,]+) 条");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    long town;
    long village;

    @BeforeEach
    void findDemoPlaces() {
        town = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
    }

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long total(String page, String url) {
        Matcher m = TOTAL.matcher(page);
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    String exported(String url) throws Exception {
        return mvc.perform(get(url + "&format=csv").with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /**
     * The list at {@code good + bad} shows what it shows at {@code good} alone, which is fewer records than the unfiltered
     * list, and says that the filter labelled {@code label} had an unreadable {@code value}.
     */
    void check(String path, String good, String bad, String label, String value, boolean exports) throws Exception {
        String url = path + "?" + good + "&" + bad;
        String page = page(url);
        long expected = total(page(path + "?" + good), path + "?" + good);
        assertThat(total(page, url)).as(url).isEqualTo(expected).isLessThan(total(page(path), path));
        assertThat(page).as(url).contains("筛选条件“" + label + "”的值“" + value + "”无法识别，该条件未使用。");
        assertThat(page(path + "?" + good)).as(path + "?" + good).doesNotContain("无法识别");
        if (exports) {
            assertThat(exported(url)).as(url + " exported").isEqualTo(exported(path + "?" + good));
        }
    }

    @Test
    void villagesKeepTheirKindWhenTheTownIsUnreadable() throws Exception {
        check("/villages", "kind=COMMUNITY", "townId=x", "所属镇街", "x", true);
        check("/villages", "townId=" + town, "demonstration=maybe", "示范村", "maybe", true);
    }

    @Test
    void cadresKeepTheirVillageWhenAYesOrNoIsUnreadable() throws Exception {
        check("/cadres", "villageId=" + village, "current=sometimes", "在任情况", "sometimes", true);
        check("/cadres", "current=true", "postTypeId=secretary", "职务", "secretary", true);
    }

    @Test
    void projectsKeepTheirStatusWhenTheTownIsUnreadable() throws Exception {
        check("/projects", "status=OPERATING", "townId=x", "所属镇街", "x", true);
        check("/projects", "townId=" + town, "model=ALONE", "合作模式", "ALONE", true);
        check("/projects", "keySupervised=true", "year=2023x", "年份", "2023x", true);
    }

    @Test
    void talentListsKeepTheirReadableFilters() throws Exception {
        String program = jdbc.queryForObject("select name from talent_program order by id limit 1", String.class);
        check("/talent", "q=" + program, "kind=NOPE", "类型", "NOPE", true);
        check("/talent/pool", "kind=RETURNED", "townId=x", "镇（街道）", "x", true);
        check("/talent/partners", "townId=" + town, "status=DONE", "状态", "DONE", true);
    }

    @Test
    void representativesCommitmentsReceptionsAndProblemsKeepTheirReadableFilters() throws Exception {
        check("/representatives", "villageId=" + village, "townId=x", "所属镇街", "x", true);
        check("/commitments", "townId=" + town, "status=DONE", "状态", "DONE", true);
        check("/commitments", "status=FULFILLED", "overdue=maybe", "已逾期", "maybe", true);
        check("/receptions", "townId=" + town, "villageId=abc", "村（社区）", "abc", true);
        check("/problems", "petition=true", "townId=x", "所属镇街", "x", true);
        check("/problems", "townId=" + town, "open=perhaps", "未解决", "perhaps", true);
    }

    @Test
    void singleFilterListsOpenWholeWithTheNotice() throws Exception {
        String visits = page("/visits?villageId=x");
        assertThat(total(visits, "/visits?villageId=x")).isEqualTo(total(page("/visits"), "/visits"));
        assertThat(visits).contains("筛选条件“村（社区）”的值“x”无法识别");
        assertThat(page("/representatives/points?villageId=x")).contains("筛选条件“村（社区）”的值“x”无法识别");
        String campaigns = page("/campaigns?year=last");
        assertThat(campaigns).contains("筛选条件“年度”的值“last”无法识别");
        assertThat(links(campaigns)).isEqualTo(links(page("/campaigns")));
    }

    @Test
    void theNoticeSpeaksTheUsersLanguageAndShowsTheValueEscaped() throws Exception {
        String page = mvc.perform(get("/projects").param("lang", "en").param("status", "OPERATING").param("townId", "<b>x")
                .with(user(district))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("The value &quot;&lt;b&gt;x&quot; of the filter &quot;Town&quot; could not be read; that condition was not applied.")
                .doesNotContain("<b>x");
    }

    private static long links(String page) {
        return Pattern.compile("href=\"/campaigns/[0-9]+\"").matcher(page).results().count();
    }
}
