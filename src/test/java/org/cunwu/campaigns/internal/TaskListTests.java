package org.cunwu.campaigns.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
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
import org.springframework.transaction.annotation.Transactional;

/**
 * The list of every campaign's tasks on the demo district: each filter selects what its own SQL here counts (a task
 * of several villages once), both ends of a date range are inside, exports hold the selection, a bad value is left out.
 */
@DemoIntegrationTest
@Transactional
class TaskListTests {

    static final PortalUser STAFF = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    static final Pattern TOTAL = Pattern.compile("共 ([0-9,]+) 条");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    String page(String url) throws Exception {
        return mvc.perform(get(url).with(user(STAFF))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long total(String url) throws Exception {
        Matcher m = TOTAL.matcher(page(url));
        assertThat(m.find()).as(url).isTrue();
        return Long.parseLong(m.group(1).replace(",", ""));
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    @Test
    void eachFilterSelectsWhatItsOwnQueryCounts() throws Exception {
        assertThat(total("/campaigns/tasks")).isEqualTo(count("select count(*) from campaign_task"));
        assertThat(total("/campaigns/tasks?status=DONE&completedFrom=2023-01-01&completedTo=2023-12-31")).isEqualTo(33)
                .isEqualTo(count("select count(*) from campaign_task where status = 'DONE' and completed_on between '2023-01-01' and '2023-12-31'"));
        // the demo's tasks name no villages: two tasks are given some here (rolled back after the test)
        Long first = count("select min(id) from campaign_task");
        Long second = count("select max(id) from campaign_task");
        Long town = count("select min(town_id) from village");
        Long otherTown = count("select max(town_id) from village");
        Long a = count("select min(id) from village where town_id = ?", town);
        Long b = count("select max(id) from village where town_id = ?", town);
        Long c = count("select min(id) from village where town_id = ?", otherTown);
        jdbc.update("insert into campaign_task_village (task_id, village_id) values (?, ?), (?, ?), (?, ?)", first, a, first, b, second, c);
        assertThat(total("/campaigns/tasks?townId=" + town)).as("a task of two villages of the town once").isEqualTo(1);
        assertThat(total("/campaigns/tasks?villageId=" + c)).isEqualTo(1);
        assertThat(page("/campaigns/tasks?villageId=" + c)).contains(jdbc.queryForObject("select title from campaign_task where id = ?",
                String.class, second));
        assertThat(total("/campaigns/tasks?overdue=true")).isEqualTo(count("select count(*) from campaign_task "
                + "where due_date < current_date and status in ('OPEN', 'IN_PROGRESS')"));
        Long campaign = count("select min(campaign_id) from campaign_task");
        assertThat(total("/campaigns/tasks?campaignId=" + campaign)).isEqualTo(count("select count(*) from campaign_task where campaign_id = ?", campaign));

        // a day's tasks: both ends of the range are the day itself
        String day = jdbc.queryForObject("select min(due_date)::text from campaign_task", String.class);
        assertThat(total("/campaigns/tasks?dueFrom=" + day + "&dueTo=" + day)).isEqualTo(count("select count(*) from campaign_task where due_date = ?::date", day))
                .isPositive();
    }

    @Test
    void theExportHoldsTheSelectionAndABadValueIsLeftOutAlone() throws Exception {
        String csv = mvc.perform(get("/campaigns/tasks?status=DONE&completedFrom=2023-01-01&completedTo=2023-12-31&format=csv").with(user(STAFF)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.strip().split("\r?\n")).hasSize(33 + 1);
        assertThat(csv).contains("已完成");
        // a campaign's own export has the same columns and cells, without the campaign's name
        Long campaign = count("select min(campaign_id) from campaign_task where status = 'DONE'");
        String own = mvc.perform(get("/campaigns/" + campaign + "?format=csv").with(user(STAFF))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        String all = mvc.perform(get("/campaigns/tasks?format=csv&campaignId=" + campaign).with(user(STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String[] ownLines = own.replace("\uFEFF", "").strip().split("\r?\n");
        String[] allLines = all.replace("\uFEFF", "").strip().split("\r?\n");
        assertThat(allLines[0]).isEqualTo("攻坚行动," + ownLines[0]);
        assertThat(ownLines).hasSameSizeAs(allLines);

        String page = page("/campaigns/tasks?status=DONE&completedFrom=2023-01-01&completedTo=2023-12-31&townId=x&overdue=maybe");
        assertThat(page).contains("共 33 条").contains("“x”无法识别").contains("“maybe”无法识别");
        assertThat(page("/campaigns/tasks?completedFrom=2023-02-30")).contains("日期无法识别");
        assertThat(page("/campaigns/tasks?lang=en")).contains("All campaign tasks");
    }
}
