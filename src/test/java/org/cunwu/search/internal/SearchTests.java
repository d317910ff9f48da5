package org.cunwu.search.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The search box on the demo district: villages, people, projects and commitments holding a text, counted as their
 * own lists count them, within the user's scope, and never failing on odd input.
 */
@DemoIntegrationTest
class SearchTests {

    static final PortalUser STAFF = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String page(String url, PortalUser as) throws Exception {
        return mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    /** Searches as a signed-in browser does: within its session (a long text makes a page whose start is sent early). */
    String search(String q) throws Exception {
        var session = mvc.perform(get("/").with(user(STAFF))).andReturn().getResponse().getCookies();
        return mvc.perform(get("/search").param("q", q).with(user(STAFF)).cookie(session)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void aVillagesNameFindsTheVillageItsPeopleAndItsProjects() throws Exception {
        String page = page("/search?q=十里堡", STAFF);
        Long village = count("select id from village where name = '十里堡社区'");
        assertThat(page).contains("href=\"/villages/" + village + "\">十里堡社区</a>");
        // the kiwifruit project is named after the community
        Long kiwi = count("select min(id) from project where name like '%十里堡%'");
        assertThat(page).contains("href=\"/projects/" + kiwi + "\"");
        assertThat(page).contains("村（社区）").contains("产业项目");
    }

    @Test
    void eachGroupCountsWhatItsListShowsForTheSameText() throws Exception {
        String name = jdbc.queryForObject("select substring(name, 1, 1) from representative group by 1 order by count(*) desc limit 1",
                String.class);
        String page = page("/search?q=" + name, STAFF);
        long representatives = count("select count(*) from representative where name like ?", "%" + name + "%");
        assertThat(page).contains("村民代表").containsPattern("村民代表</h2>\\s*<span class=\"badge text-bg-secondary\">" + representatives + "</span>");
        assertThat(page("/representatives?q=" + name, STAFF)).contains("共 " + String.format("%,d", representatives) + " 条");
        if (representatives > SearchService.SHOWN) {
            assertThat(page).contains("查看全部 " + representatives + " 条").contains("/representatives?q=");
        }
    }

    @Test
    void aCommitmentFoundByWhoPledgedItSaysWho() throws Exception {
        String pledgedBy = jdbc.queryForObject("select pledged_by from commitment where position(pledged_by in content) = 0 "
                + "order by pledged_on desc, id desc limit 1", String.class);
        String page = page("/search?q=" + pledgedBy, STAFF);
        assertThat(page).contains("公开承诺").containsPattern("/commitments/\\d+\">[^<]*</a>\\s*<div[^>]*>[^<]* · " + pledgedBy + " · ");
    }

    @Test
    void aSecretaryFindsOnlyTheirOwnVillagesRecords() throws Exception {
        Long village = count("select id from village where name = '褚墩一村'");
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village);
        String other = jdbc.queryForObject("select name from village where name <> '褚墩一村' and town_id <> "
                + "(select town_id from village where id = ?) order by id limit 1", String.class, village);
        assertThat(page("/search?q=" + other, secretary)).doesNotContain("href=\"/villages/");
        assertThat(page("/search?q=褚墩一村", secretary)).contains("href=\"/villages/" + village + "\"");
    }

    @Test
    void oddInputIsSearchedOrIgnoredNeverAFailure() throws Exception {
        assertThat(page("/search", STAFF)).contains("输入村（社区）名称");
        assertThat(search("  ")).contains("输入村（社区）名称");
        assertThat(search("%_\\")).contains("没有找到包含“%_\\”的记录");
        assertThat(search("很长".repeat(100))).contains("没有找到包含“" + "很长".repeat(25) + "”的记录");
        assertThat(search("<script>")).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(page("/search?q=十里堡&lang=en", STAFF)).contains("Villages and communities").contains("2 records contain");
        assertThat(page("/search?q=zzqq&lang=en", STAFF)).contains("No records contain");
        // the box is on every page
        assertThat(page("/villages", STAFF)).contains("id=\"portal-search-q\"");
    }
}
