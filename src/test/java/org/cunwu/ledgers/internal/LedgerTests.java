package org.cunwu.ledgers.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;

import org.assertj.core.api.Assertions;
import org.cunwu.IntegrationTest;
import org.cunwu.inbox.InboxTestAccess;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Each step of a ledger per role: the village's secretary submits (once, even ten times at the same moment), a
 * secretary cannot review, another town does not find it, its town returns it with a reason and reviews it; the
 * figures frozen at submission beside today's; the inbox items the steps and the daily job post and close.
 */
@IntegrationTest
class LedgerTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    LedgerService ledgers;

    @Autowired
    JdbcTemplate jdbc;

    Village village;
    Village otherVillage;
    PortalUser secretary;
    PortalUser otherSecretary;
    PortalUser townStaff;
    PortalUser otherTownStaff;
    PortalUser district;
    int year;

    @BeforeEach
    void villagesAndUsers() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Town town = fixtures.town("台账镇" + tag);
        Town otherTown = fixtures.town("别镇" + tag);
        village = fixtures.village("台账村" + tag, town);
        otherVillage = fixtures.village("别村" + tag, otherTown);
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        otherSecretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, otherVillage.getId());
        townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        otherTownStaff = VillageFixtures.user(Role.TOWN_STAFF, otherTown.getId(), null);
        district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        year = ThreadLocalRandom.current().nextInt(2001, 2020);
        ledgers.openQuarter(year, 2);
        ledgers.openQuarter(year, 3);
    }

    long ledgerOf(Village v, int quarter) {
        return jdbc.queryForObject("select id from ledger where village_id = ? and year = ? and quarter = ?", Long.class, v.getId(), year,
                quarter);
    }

    long version(long ledger) {
        return jdbc.queryForObject("select version from ledger where id = ?", Long.class, ledger);
    }

    String state(long ledger) {
        return jdbc.queryForObject("select state from ledger where id = ?", String.class, ledger);
    }

    MockHttpServletRequestBuilder submit(long ledger, String token) {
        return post("/ledgers/" + ledger + "/submit").with(csrf()).param("version", String.valueOf(version(ledger)))
                .param("token", token).param("summary", "本季度工作正常开展。").param("plan", "继续推进。").param("declared", "true");
    }

    MockHttpServletRequestBuilder step(long ledger, String step, String text) {
        return post("/ledgers/" + ledger + "/" + step).with(csrf()).param("version", String.valueOf(version(ledger))).param("text", text);
    }

    boolean inboxOpen(String key) {
        return jdbc.queryForObject("select count(*) from inbox_item where dedupe_key = ? and closed_at is null", Long.class, key) == 1;
    }

    @Test
    void aLedgerGoesFromTheVillageToItsTownAndBackWithEveryStepLogged() throws Exception {
        long ledger = ledgerOf(village, 2);
        // nobody but the village's secretary submits; another village's secretary does not even find it
        assertThat(status(submit(ledger, UUID.randomUUID().toString()).with(user(townStaff)))).isEqualTo(403);
        assertThat(status(submit(ledger, UUID.randomUUID().toString()).with(user(district)))).isEqualTo(403);
        assertThat(status(submit(ledger, UUID.randomUUID().toString()).with(user(otherSecretary)))).isEqualTo(404);
        // a declaration is needed
        MockHttpServletResponse undeclared = mvc.perform(post("/ledgers/" + ledger + "/submit").with(csrf())
                .param("version", String.valueOf(version(ledger))).param("token", UUID.randomUUID().toString())
                .param("summary", "小结").with(user(secretary))).andReturn().getResponse();
        assertThat(undeclared.getStatus()).isEqualTo(200);
        assertThat(undeclared.getContentAsString()).contains("提交前请确认记录完整");
        assertThat(state(ledger)).isEqualTo("DRAFT");

        String token = UUID.randomUUID().toString();
        assertThat(redirect(submit(ledger, token).with(user(secretary)))).isEqualTo("/ledgers/" + ledger);
        assertThat(state(ledger)).isEqualTo("SUBMITTED");
        assertThat(inboxOpen("ledger:" + ledger + ":review")).as("the town is asked to review").isTrue();
        // the same form again leads to the ledger; a new submission is refused
        assertThat(redirect(submit(ledger, token).with(user(secretary)))).isEqualTo("/ledgers/" + ledger);
        assertThat(status(submit(ledger, UUID.randomUUID().toString()).with(user(secretary)))).isEqualTo(403);
        assertThat(count("select count(*) from ledger_submission where ledger_id = ?", ledger)).isEqualTo(1);

        // a secretary cannot review; another town does not find it
        assertThat(status(step(ledger, "review", "好").with(user(secretary)))).isEqualTo(403);
        assertThat(status(step(ledger, "return", "不好").with(user(secretary)))).isEqualTo(403);
        assertThat(status(step(ledger, "review", "好").with(user(otherTownStaff)))).isEqualTo(404);
        assertThat(status(step(ledger, "return", "不好").with(user(otherTownStaff)))).isEqualTo(404);
        // returning needs a reason
        MockHttpServletResponse noReason = mvc.perform(step(ledger, "return", "").with(user(townStaff))).andReturn().getResponse();
        assertThat(noReason.getStatus()).isEqualTo(200);
        assertThat(noReason.getContentAsString()).contains("退回时请填写理由");

        assertThat(redirect(step(ledger, "return", "接待人次不一致").with(user(townStaff)))).isEqualTo("/ledgers/" + ledger);
        assertThat(state(ledger)).isEqualTo("RETURNED");
        assertThat(inboxOpen("ledger:" + ledger + ":review")).isFalse();
        assertThat(inboxOpen("ledger:" + ledger + ":returned")).as("the secretary is told why").isTrue();
        assertThat(page("/", secretary)).contains("被退回：接待人次不一致");

        assertThat(redirect(submit(ledger, UUID.randomUUID().toString()).with(user(secretary)))).isEqualTo("/ledgers/" + ledger);
        assertThat(inboxOpen("ledger:" + ledger + ":returned")).isFalse();
        assertThat(redirect(step(ledger, "review", "同意").with(user(townStaff)))).isEqualTo("/ledgers/" + ledger);
        assertThat(state(ledger)).isEqualTo("REVIEWED");
        assertThat(inboxOpen("ledger:" + ledger + ":review")).isFalse();
        assertThat(status(step(ledger, "return", "晚了").with(user(townStaff)))).as("a reviewed ledger is final").isEqualTo(403);
        assertThat(state(ledger)).isEqualTo("REVIEWED");

        assertThat(jdbc.queryForList("select to_state || ':' || username || ':' || coalesce(note, '') from ledger_event where ledger_id = ? order by id",
                String.class, ledger)).containsExactly("SUBMITTED:" + secretary.getUsername() + ":",
                        "RETURNED:" + townStaff.getUsername() + ":接待人次不一致", "SUBMITTED:" + secretary.getUsername() + ":",
                        "REVIEWED:" + townStaff.getUsername() + ":同意");
        assertThat(count("select count(*) from ledger_submission where ledger_id = ?", ledger)).isEqualTo(2);
    }

    @Test
    void aSubmittedLedgerShowsItsFrozenFiguresBesideTodays() throws Exception {
        long ledger = ledgerOf(village, 2);
        LocalDate inQuarter = LocalDate.of(year, 5, 6);
        reception(inQuarter, 3);
        assertThat(redirect(submit(ledger, UUID.randomUUID().toString()).with(user(secretary)))).isEqualTo("/ledgers/" + ledger);
        reception(inQuarter.plusDays(1), 2);
        assertThatThrownBy("update ledger_submission_figure set value = 0 where submission_id in (select id from ledger_submission where ledger_id = "
                + ledger + ")");

        Document page = Jsoup.parse(page("/ledgers/" + ledger, townStaff));
        assertThat(page.select("tr[data-figure=RECEPTIONS] .figure-submitted").text()).isEqualTo("1");
        assertThat(page.select("tr[data-figure=RECEPTIONS] .figure-today").text()).isEqualTo("2");
        assertThat(page.select("tr[data-figure=RECEPTIONS] .figure-change").text()).isEqualTo("+1");
        assertThat(page.select("tr[data-figure=RECEPTION_PEOPLE] .figure-submitted").text()).isEqualTo("3");
        assertThat(page.select("tr[data-figure=RECEPTION_PEOPLE] .figure-today").text()).isEqualTo("5");
        assertThat(page.select("tr[data-figure=PROBLEMS_RAISED] .figure-change").text()).isEmpty();
    }

    @Test
    void aLedgerCountsTheQuartersHouseholdVisitsAndProjectProgressEntriesAndFreezesThem() throws Exception {
        long ledger = ledgerOf(village, 2);
        long representative = jdbc.queryForObject("insert into representative (village_id, name) values (?, '走访代表') returning id", Long.class,
                village.getId());
        long household = jdbc.queryForObject("insert into representative_household (representative_id, household) values (?, '某户') returning id",
                Long.class, representative);
        Runnable visit = () -> jdbc.update("""
                insert into household_visit (village_id, representative_id, household_id, visited_on, client_token) values (?, ?, ?, ?, ?)""",
                village.getId(), representative, household, LocalDate.of(year, 5, 6), UUID.randomUUID().toString());
        visit.run();
        jdbc.update("insert into household_visit (village_id, representative_id, household_id, visited_on, client_token) values (?, ?, ?, ?, ?)",
                village.getId(), representative, household, LocalDate.of(year, 7, 1), UUID.randomUUID().toString());
        long project = jdbc.queryForObject("""
                insert into project (name, category_id, lead_village_id, cooperation_model, status, operating, started_on)
                values ('台账项目', (select min(id) from project_category), ?, 'CLUSTER', 'PLANNED', false, ?) returning id""", Long.class,
                village.getId(), LocalDate.of(year, 1, 1));
        for (int month : new int[] {4, 6, 9}) {
            jdbc.update("insert into project_progress (project_id, entry_date, text, author) values (?, ?, '进展', 'test')", project,
                    LocalDate.of(year, month, 2));
        }
        assertThat(redirect(submit(ledger, UUID.randomUUID().toString()).with(user(secretary)))).isEqualTo("/ledgers/" + ledger);
        visit.run();

        Document page = Jsoup.parse(page("/ledgers/" + ledger, townStaff));
        assertThat(page.select("tr[data-figure=VISITS] th").text()).isEqualTo("联户走访（次）");
        assertThat(page.select("tr[data-figure=VISITS] .figure-submitted").text()).isEqualTo("1");
        assertThat(page.select("tr[data-figure=VISITS] .figure-today").text()).isEqualTo("2");
        assertThat(page.select("tr[data-figure=VISITS] .figure-today a").attr("href")).isEqualTo("/visits?villageId=" + village.getId());
        assertThat(page.select("tr[data-figure=PROGRESS_ENTRIES] .figure-submitted").text()).isEqualTo("2");
        assertThat(page.select("tr[data-figure=PROGRESS_ENTRIES] .figure-change").text()).isEmpty();
        assertThat(count("select count(*) from ledger_submission_figure f join ledger_submission s on s.id = f.submission_id"
                + " where s.ledger_id = ? and f.figure in ('VISITS', 'PROGRESS_ENTRIES')", ledger)).isEqualTo(2);
    }

    @Test
    void tenSimultaneousSubmitsMakeOneSubmission() throws Exception {
        long ledger = ledgerOf(village, 3);
        String token = UUID.randomUUID().toString();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                MockHttpServletRequestBuilder request = submit(ledger, token).with(user(secretary));
                Callable<String> call = () -> {
                    start.await();
                    MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
                    return response.getStatus() + " " + (response.getStatus() == 302 ? response.getRedirectedUrl()
                            : Jsoup.parse(response.getContentAsString()).select(".alert-danger, .invalid-feedback").text());
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            for (Future<String> answer : answers) {
                assertThat(answer.get()).isEqualTo("302 /ledgers/" + ledger);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(count("select count(*) from ledger_submission where ledger_id = ?", ledger)).isEqualTo(1);
        assertThat(count("select count(*) from ledger_event where ledger_id = ?", ledger)).isEqualTo(1);
        assertThat(count("select count(*) from inbox_item where dedupe_key = ?", "ledger:" + ledger + ":review")).isEqualTo(1);
    }

    @Test
    void theDailyJobTellsTheSecretaryOfALateLedgerAndClosesItWhenSubmitted() throws Exception {
        long ledger = ledgerOf(otherVillage, 2);
        String key = "ledger-due:" + ledger;
        assertThat(jobRuns(LocalDate.of(year, 6, 1))).isTrue();
        assertThat(inboxOpen(key)).as("not yet within a fortnight of the due day").isFalse();
        assertThat(jobRuns(LocalDate.of(year, 7, 1))).isTrue();
        assertThat(jdbc.queryForObject("select kind from inbox_item where dedupe_key = ?", String.class, key)).isEqualTo("ledger.due");
        assertThat(jobRuns(LocalDate.of(year, 7, 20))).isTrue();
        assertThat(jdbc.queryForObject("select kind from inbox_item where dedupe_key = ? and closed_at is null", String.class, key))
                .isEqualTo("ledger.late");
        assertThat(page("/inbox", otherSecretary)).contains(year + "年第2季度工作台账已逾期");

        assertThat(redirect(submit(ledger, UUID.randomUUID().toString()).with(user(otherSecretary)))).isEqualTo("/ledgers/" + ledger);
        assertThat(inboxOpen(key)).isFalse();
        assertThat(Jsoup.parse(page("/ledgers?year=" + year + "&quarter=2&late=true", otherTownStaff)).select(".ledger-list a").eachText())
                .contains(otherVillage.getName());
    }

    @Test
    void aLedgerTakesAttachmentsFromItsSecretaryThatOnlyWhoSeesTheLedgerDownloads() throws Exception {
        long ledger = ledgerOf(village, 3);
        byte[] sheet = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n" + "x".repeat(2000) + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Function<PortalUser, RequestBuilder> upload = who -> org.springframework.test.web.servlet.request
                .MockMvcRequestBuilders.multipart("/attachments/ledger/" + ledger)
                .file(new MockMultipartFile("files", "台账签字页.pdf", "application/pdf", sheet))
                .with(csrf()).with(user(who));
        assertThat(mvc.perform(upload.apply(otherSecretary)).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(upload.apply(secretary)).andReturn().getResponse().getRedirectedUrl()).isEqualTo("/ledgers/" + ledger + "#attachments");
        long id = jdbc.queryForObject("select id from attachment where owner_kind = 'ledger' and owner_id = ?", Long.class, ledger);
        assertThat(Jsoup.parse(page("/ledgers/" + ledger, townStaff)).select("#attachments").text()).contains("台账签字页.pdf");
        for (PortalUser reader : List.of(secretary, townStaff, district)) {
            assertThat(status(get("/attachments/" + id).with(user(reader)))).isEqualTo(200);
        }
        for (PortalUser outsider : List.of(otherSecretary, otherTownStaff)) {
            assertThat(status(get("/attachments/" + id).with(user(outsider)))).isEqualTo(404);
        }
    }

    @Autowired
    InboxTestAccess jobs;

    private boolean jobRuns(LocalDate day) {
        return jobs.runDailyJob(day);
    }

    private void reception(LocalDate on, int people) {
        jdbc.update("insert into reception (village_id, received_on, resident_name, topic, people_count) values (?, ?, '居民', '测试', ?)",
                village.getId(), on, people);
    }

    private void assertThatThrownBy(String sql) {
        Assertions.assertThatThrownBy(() -> jdbc.update(sql)).hasMessageContaining("cannot be changed");
    }

    private long count(String sql, Object arg) {
        return jdbc.queryForObject(sql, Long.class, arg);
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private String redirect(MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(302);
        return response.getRedirectedUrl();
    }

    private String page(String url, PortalUser who) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(who))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString();
    }
}
