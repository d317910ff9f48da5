package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.ProblemService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The same form sent 20 times at the same moment (a double tap on a slow phone, a browser retrying) makes one record
 * and one points entry, and every answer is a redirect to that record: never a second record, never a 500.
 */
@IntegrationTest
class DoubleSubmitTests {

    static final int SUBMITS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeService representatives;

    @Autowired
    ProblemService problems;

    @Autowired
    JdbcTemplate jdbc;

    String tag;
    Village village;
    Representative representative;
    PortalUser secretary;

    @BeforeEach
    void createRepresentative() {
        tag = VillageFixtures.freshCode().substring(0, 5);
        village = fixtures.village("并发村" + tag, fixtures.town("并发镇" + tag));
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        VillageFixtures.signIn(secretary);
        RepresentativeForm form = new RepresentativeForm();
        form.setName("代表" + tag);
        representative = representatives.saveRepresentative(null, form);
        representatives.addHousehold(representative.getId(), "王家", "二组");
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Sends the request (a builder each, as building is not thread-safe) from {@link #SUBMITS} threads released together; answers their responses. */
    List<MockHttpServletResponse> sendAtOnce(Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SUBMITS);
        CountDownLatch ready = new CountDownLatch(SUBMITS);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (int i = 0; i < SUBMITS; i++) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(request.get().with(csrf()).with(user(secretary))).andReturn().getResponse();
                }));
            }
            assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
            go.countDown();
            List<MockHttpServletResponse> responses = new ArrayList<>();
            for (Future<MockHttpServletResponse> f : futures) {
                responses.add(f.get(60, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Every response redirects to the one record the token made; answers its id. */
    Long oneRedirectTarget(List<MockHttpServletResponse> responses, String prefix) {
        Set<String> targets = new HashSet<>();
        for (MockHttpServletResponse r : responses) {
            assertThat(r.getStatus()).as("status of a simultaneous submit").isEqualTo(302);
            targets.add(r.getRedirectedUrl());
        }
        assertThat(targets).hasSize(1);
        String target = targets.iterator().next();
        assertThat(target).matches(prefix + "\\d+");
        return Long.valueOf(target.substring(prefix.length()));
    }

    long rows(String table, String token) {
        return jdbc.queryForObject("select count(*) from " + table + " where client_token = ?", Long.class, token);
    }

    @Test
    void twentySimultaneousReceptionSubmitsMakeOneReceptionAndAllRedirectToIt() throws Exception {
        String token = "reception-" + tag;
        Long id = oneRedirectTarget(sendAtOnce(() -> post("/receptions/new").param("receivedOn", "2023-06-01").param("residentName", "李大爷")
                .param("topic", "路灯不亮" + tag).param("peopleCount", "2").param("token", token)), "/receptions/");
        assertThat(rows("reception", token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select id from reception where client_token = ?", Long.class, token)).isEqualTo(id);
    }

    @Test
    void twentySimultaneousProblemSubmitsMakeOneProblemAndAllRedirectToIt() throws Exception {
        String token = "problem-" + tag;
        Long id = oneRedirectTarget(sendAtOnce(() -> post("/problems/new").param("source", "RECEPTION").param("title", "水渠堵了" + tag)
                .param("categoryId", problems.categories().get(0).getId().toString()).param("reportedOn", "2023-06-02")
                .param("token", token)), "/problems/");
        assertThat(rows("problem", token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from problem_event where problem_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void twentySimultaneousCommitmentSubmitsMakeOneCommitmentAndAllRedirectToIt() throws Exception {
        String token = "commitment-" + tag;
        Long id = oneRedirectTarget(sendAtOnce(() -> post("/commitments/new").param("representativeId", representative.getId().toString())
                .param("pledgedBy", representative.getName()).param("content", "修好村口路" + tag).param("category", "INFRASTRUCTURE")
                .param("pledgedOn", "2023-03-01").param("promisedBy", "2023-09-01").param("token", token)), "/commitments/");
        assertThat(rows("commitment", token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from commitment_event where commitment_id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void twentySimultaneousVisitSubmitsMakeOneVisitAndOnePointsEntry() throws Exception {
        String token = "visit-" + tag;
        Long household = jdbc.queryForObject("select id from representative_household where representative_id = ?", Long.class,
                representative.getId());
        Long id = oneRedirectTarget(sendAtOnce(() -> post("/visits/new").param("representativeId", representative.getId().toString())
                .param("householdId", household.toString()).param("visitedOn", "2023-05-05").param("notes", "了解生产情况")
                .param("token", token)), "/visits/");
        assertThat(rows("household_visit", token)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from point_entry where source_id = ? and representative_id = ?", Long.class,
                id, representative.getId())).isEqualTo(1);
    }

    @Test
    void aTokenLongerThanItsColumnOrMalformedStillRecordsTheReception() throws Exception {
        for (String token : List.of("x".repeat(41), "bad token; drop", "")) {
            MockHttpServletResponse response = mvc.perform(post("/receptions/new").with(csrf()).with(user(secretary))
                    .param("receivedOn", "2023-06-01").param("residentName", "张三").param("topic", "问路" + tag)
                    .param("peopleCount", "1").param("token", token)).andReturn().getResponse();
            assertThat(response.getStatus()).as("token " + token).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).startsWith("/receptions/");
        }
    }
}
