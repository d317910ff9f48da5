package org.cunwu.inbox.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.IntegrationTest;
import org.cunwu.inbox.Inbox;
import org.cunwu.inbox.Recipient;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Items addressed by user, town or village reach exactly those users; reading, closing and the daily job's single run. */
@IntegrationTest
class InboxTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inbox inbox;

    @Autowired
    DailyInboxJob job;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    JdbcTemplate jdbc;

    static long freshId() {
        return ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    }

    static PortalUser someone(Role role, Long townId, Long villageId) {
        return new PortalUser(freshId(), "inbox-" + role, "{noop}x", "收件人", role, townId, villageId, true, true);
    }

    @Test
    void anItemForATownReachesItsStaffOnlyAndClosingTakesItOffTheList() throws Exception {
        long town = freshId();
        String key = "test:" + town;
        tx.executeWithoutResult(s -> inbox.post(Recipient.townStaff(town), "test", "inbox.due", List.of("2024-01-10"), "/villages", key));
        PortalUser staff = someone(Role.TOWN_STAFF, town, null);
        PortalUser otherTown = someone(Role.TOWN_STAFF, town + 1, null);
        PortalUser secretary = someone(Role.VILLAGE_SECRETARY, null, town);

        mvc.perform(get("/inbox").with(user(staff))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("期限 2024-01-10")))
                .andExpect(content().string(Matchers.containsString("inbox-count")));
        mvc.perform(get("/inbox").with(user(otherTown))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("期限 2024-01-10"))));
        mvc.perform(get("/inbox").with(user(secretary)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("期限 2024-01-10"))));

        long id = jdbc.queryForObject("select id from inbox_item where dedupe_key = ?", Long.class, key);
        mvc.perform(get("/inbox/" + id).with(user(otherTown))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/" + id).with(user(staff))).andExpect(status().isFound()).andExpect(redirectedUrl("/villages"));
        mvc.perform(get("/inbox").with(user(staff)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("inbox-count"))));

        tx.executeWithoutResult(s -> inbox.close(key));
        mvc.perform(get("/inbox").with(user(staff)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("期限 2024-01-10"))));
        mvc.perform(get("/inbox").param("show", "all").with(user(staff)))
                .andExpect(content().string(Matchers.containsString("期限 2024-01-10")));
    }

    @Test
    void postingTheSameKeyTwiceKeepsOneItemAndANewSubjectMakesItUnreadAgain() throws Exception {
        long village = freshId();
        String key = "test:v:" + village;
        PortalUser secretary = someone(Role.VILLAGE_SECRETARY, null, village);
        tx.executeWithoutResult(s -> inbox.post(Recipient.secretary(village), "test", "inbox.due", List.of("A"), "/", key));
        tx.executeWithoutResult(s -> inbox.post(Recipient.secretary(village), "test", "inbox.due", List.of("A"), "/", key));
        assertThat(jdbc.queryForObject("select count(*) from inbox_item where dedupe_key = ?", Long.class, key)).isEqualTo(1);
        long id = jdbc.queryForObject("select id from inbox_item where dedupe_key = ?", Long.class, key);

        mvc.perform(post("/inbox/" + id + "/read").with(user(secretary)).with(csrf())).andExpect(status().isFound());
        assertThat(unread(secretary)).isZero();
        tx.executeWithoutResult(s -> inbox.post(Recipient.secretary(village), "test", "inbox.due", List.of("A"), "/", key));
        assertThat(unread(secretary)).as("the same subject again is not news").isZero();
        tx.executeWithoutResult(s -> inbox.post(Recipient.secretary(village), "test", "inbox.due", List.of("B"), "/", key));
        assertThat(unread(secretary)).as("a changed subject is news").isEqualTo(1);
        tx.executeWithoutResult(s -> inbox.close(key));
        assertThat(unread(secretary)).isZero();
        tx.executeWithoutResult(s -> inbox.post(Recipient.secretary(village), "test", "inbox.due", List.of("B"), "/", key));
        assertThat(unread(secretary)).as("a reopened item is news").isEqualTo(1);
    }

    @Test
    void anItemLeadsOnlyToAPageOfThePortal() throws Exception {
        long userId = freshId();
        String key = "test:u:" + userId;
        tx.executeWithoutResult(s -> inbox.post(Recipient.user(userId), "test", "inbox.due", List.of("x"), "//evil.example", key));
        long id = jdbc.queryForObject("select id from inbox_item where dedupe_key = ?", Long.class, key);
        PortalUser owner = new PortalUser(userId, "owner", "{noop}x", "本人", Role.DISTRICT_STAFF, null, null, true, true);
        mvc.perform(get("/inbox/" + id).with(user(owner))).andExpect(redirectedUrl("/inbox"));
        mvc.perform(get("/inbox/" + id).with(user(someone(Role.DISTRICT_STAFF, null, null)))).andExpect(status().isNotFound());
        mvc.perform(get("/inbox/abc").with(user(owner))).andExpect(status().isNotFound());
    }

    @Test
    void theDailyJobRunsOnceUnderTwoConcurrentCallersAndAgainNeverThatDay() throws Exception {
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            Callable<Boolean> call = () -> {
                start.await();
                return job.runFor(day);
            };
            runs.add(pool.submit(call));
            runs.add(pool.submit(call));
            start.countDown();
            int ran = 0;
            for (Future<Boolean> run : runs) {
                ran += run.get() ? 1 : 0;
            }
            assertThat(ran).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(job.runFor(day)).as("a later call the same day").isFalse();
        assertThat(jdbc.queryForObject("select count(*) from inbox_job_run where day = ?", Long.class, day)).isEqualTo(1);
    }

    private long unread(PortalUser user) throws Exception {
        String page = mvc.perform(get("/inbox").param("show", "unread").with(user(user))).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(page).select(".inbox-items > li").size();
    }
}
