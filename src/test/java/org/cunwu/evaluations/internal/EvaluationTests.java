package org.cunwu.evaluations.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.CommitmentRef;
import org.cunwu.representatives.RepresentativeFixtures;
import org.cunwu.representatives.RepresentativeRef;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
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
 * The evaluation as its users meet it: the town's staff and the secretary rate on their phones, the secretary records
 * the panel's votes, the district closes, the town records a talk. Each test opens an evaluation of a year of its own
 * (years are unique) for a fresh town and village.
 */
@IntegrationTest
class EvaluationTests {

    static final AtomicInteger YEARS = new AtomicInteger(2040 + (int) (System.nanoTime() % 20));

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures villages;

    @Autowired
    RepresentativeFixtures representatives;

    @Autowired
    EvaluationService service;

    @Autowired
    EvaluationResults results;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EvaluationInboxSource inboxSource;

    int year;
    Town town;
    Village village;
    PortalUser district;
    PortalUser townStaff;
    PortalUser secretary;
    PortalUser otherTown;
    PortalUser otherSecretary;
    RepresentativeRef zhang;
    RepresentativeRef li;
    List<CommitmentRef> zhangs = new ArrayList<>();

    @BeforeEach
    void villageWithCommitments() {
        year = YEARS.getAndIncrement();
        String tag = VillageFixtures.freshCode().substring(0, 6);
        town = villages.town("评议镇" + tag);
        village = villages.village("评议村" + tag, town);
        Town other = villages.town("别镇" + tag);
        Village otherVillage = villages.village("别村" + tag, other);
        district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        otherTown = VillageFixtures.user(Role.TOWN_STAFF, other.getId(), null);
        otherSecretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, otherVillage.getId());
        signIn(secretary);
        zhang = representatives.representative(village, "张代表" + tag);
        li = representatives.representative(village, "李代表" + tag);
        for (int i = 1; i <= 10; i++) {
            zhangs.add(representatives.commitment(zhang, "修路第" + i + "段" + tag, LocalDate.of(year, 3, i)));
        }
        representatives.commitment(li, "清理沟渠" + tag, LocalDate.of(year, 4, 1));
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }


    Evaluation open(GradeRule rule) {
        signIn(district);
        EvaluationForm form = new EvaluationForm();
        form.setYear(year);
        form.setTitle(year + "年度述诺评诺");
        form.setClosesOn(service.today().plusDays(10));
        form.setGradeRule(rule);
        Evaluation evaluation = service.open(form);
        SecurityContextHolder.clearContext();
        return evaluation;
    }

    List<EvaluationItem> items(Evaluation evaluation) {
        signIn(district);
        try {
            return service.itemsOf(evaluation, village);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    EvaluationItem itemOf(Evaluation evaluation, CommitmentRef commitment) {
        return items(evaluation).stream().filter(i -> i.getCommitmentId().equals(commitment.id())).findFirst().orElseThrow();
    }

    String ratePage(Evaluation evaluation) {
        return "/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/rate";
    }

    MockHttpServletRequestBuilder vote(Evaluation evaluation, EvaluationItem item, Grade grade, String comment, String token) {
        return post(ratePage(evaluation)).with(csrf()).param("itemId", item.getId().toString()).param("grade", grade.name())
                .param("comment", comment == null ? "" : comment).param("token", token);
    }

    long votes(EvaluationItem item) {
        return jdbc.queryForObject("select count(*) from evaluation_vote where item_id = ?", Long.class, item.getId());
    }

    String gradeOf(EvaluationItem item) {
        return jdbc.queryForObject("select grade from evaluation_item where id = ?", String.class, item.getId());
    }

    List<Integer> pointsOf(EvaluationItem item) {
        return jdbc.queryForList("select points from point_entry where source_type = 'EVALUATION' and source_id = ? order by id", Integer.class,
                item.getId());
    }

    @Test
    void openingTakesThePublicCommitmentsPledgedThatYear() {
        Evaluation evaluation = open(GradeRule.MAJORITY);
        assertThat(items(evaluation)).hasSize(11);
        // ratings to give: the town's staff and the secretary each have the village's 11 in their inbox
        assertThat(inboxSource.items(service.today())).filteredOn(i -> i.dedupeKey().startsWith("evaluation:" + evaluation.getId() + ":rate:"))
                .extracting(i -> i.args().get(2)).containsExactly("11", "11");
        assertThat(items(evaluation)).allMatch(i -> i.getGrade() == null);
    }

    @Test
    void aRaterRatesOnceADoubleTapAndTenSimultaneousPostsGiveOneVote() throws Exception {
        Evaluation evaluation = open(GradeRule.MAJORITY);
        EvaluationItem item = itemOf(evaluation, zhangs.get(0));
        // ten simultaneous taps with the same one-time token, ten with fresh tokens (a page opened twice): one vote
        List<MockHttpServletResponse> same = sendAtOnce(10, () -> vote(evaluation, item, Grade.EXCELLENT, null, "tap-" + year).with(user(townStaff)));
        int[] n = {0};
        List<MockHttpServletResponse> fresh = sendAtOnce(10, () -> vote(evaluation, item, Grade.EXCELLENT, null, "tap-" + year + "-" + (n[0]++))
                .with(user(townStaff)));
        for (MockHttpServletResponse r : concat(same, fresh)) {
            assertThat(r.getStatus()).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).isEqualTo(ratePage(evaluation) + "#item-" + item.getId());
        }
        assertThat(votes(item)).isEqualTo(1);
        assertThat(pointsOf(item)).containsExactly(10);
        // the secretary is a rater of their own: a second vote
        mvc.perform(vote(evaluation, item, Grade.QUALIFIED, null, "sec-" + year).with(user(secretary)));
        assertThat(votes(item)).isEqualTo(2);
        String page = mvc.perform(get(ratePage(evaluation)).with(user(secretary))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("已评 1 / 11 条").contains("rating-button");
    }

    @Test
    void unqualifiedNeedsACommentAndTheFormComesBackWithTheMessage() throws Exception {
        Evaluation evaluation = open(GradeRule.MAJORITY);
        EvaluationItem item = itemOf(evaluation, zhangs.get(0));
        String page = mvc.perform(vote(evaluation, item, Grade.FAILED, " ", "c-" + year).with(user(townStaff)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("评为不合格须填写说明");
        assertThat(votes(item)).isZero();
    }

    @Test
    void pointsFollowTheGradeByThePointRulesAndAreTakenBackWhenTheGradeIsCorrected() throws Exception {
        Evaluation evaluation = open(GradeRule.TOWN_PREVAILS);
        EvaluationItem item = itemOf(evaluation, zhangs.get(1));
        mvc.perform(vote(evaluation, item, Grade.EXCELLENT, null, "p1-" + year).with(user(townStaff)));
        assertThat(gradeOf(item)).isEqualTo("EXCELLENT");
        assertThat(pointsOf(item)).containsExactly(10);
        // the town corrects its vote before the close: the +10 goes, the −5 comes
        mvc.perform(vote(evaluation, item, Grade.FAILED, "未按期完成", "p2-" + year).with(user(townStaff)));
        assertThat(votes(item)).isEqualTo(1);
        assertThat(gradeOf(item)).isEqualTo("FAILED");
        assertThat(pointsOf(item)).containsExactly(-5);
        // the secretary's vote does not move a town-prevails grade
        mvc.perform(vote(evaluation, item, Grade.EXCELLENT, null, "p3-" + year).with(user(secretary)));
        assertThat(gradeOf(item)).isEqualTo("FAILED");
        assertThat(pointsOf(item)).containsExactly(-5);
        // the district sets the rule's points: the next grade earns what the rule says now
        signIn(district);
        representatives.pointRule("EVALUATION_EXCELLENT", 8);
        SecurityContextHolder.clearContext();
        try {
            mvc.perform(vote(evaluation, item, Grade.EXCELLENT, null, "p4-" + year).with(user(townStaff)));
            assertThat(pointsOf(item)).containsExactly(8);
            // the correction is in the vote's history
            Long voteId = jdbc.queryForObject("select id from evaluation_vote where item_id = ? and rater = 'TOWN'", Long.class, item.getId());
            assertThat(jdbc.queryForObject("select count(*) from evaluation_vote_aud where id = ?", Long.class, voteId)).isEqualTo(3);
        } finally {
            signIn(district);
            representatives.pointRule("EVALUATION_EXCELLENT", 10);
        }
    }

    @Test
    void majorityAndTownPrevailsGradeTheSameVotesDifferently() throws Exception {
        Evaluation evaluation = open(GradeRule.MAJORITY);
        EvaluationItem item = itemOf(evaluation, zhangs.get(2));
        mvc.perform(vote(evaluation, item, Grade.FAILED, "没有兑现", "m1-" + year).with(user(townStaff)));
        assertThat(gradeOf(item)).isEqualTo("FAILED");
        mvc.perform(vote(evaluation, item, Grade.QUALIFIED, null, "m2-" + year).with(user(secretary)));
        // one each: the town's grade decides the tie
        assertThat(gradeOf(item)).isEqualTo("FAILED");
        // the panel: li rates zhang's commitment, recorded by the secretary on li's list
        mvc.perform(post("/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/panel").with(csrf()).with(user(secretary))
                .param("representativeIds", li.id().toString(), zhang.id().toString()));
        mvc.perform(post("/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/panel/" + li.id()).with(csrf())
                .with(user(secretary)).param("itemId", item.getId().toString()).param("grade", "QUALIFIED").param("token", "m3-" + year));
        assertThat(gradeOf(item)).isEqualTo("QUALIFIED");
        assertThat(pointsOf(item)).isEmpty(); // 合格 is worth 0 points: no line
        // a panel member does not rate their own commitment
        String own = mvc.perform(post("/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/panel/" + zhang.id())
                        .with(csrf()).with(user(secretary)).param("itemId", item.getId().toString()).param("grade", "EXCELLENT")
                        .param("token", "m4-" + year))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(own).contains("评议小组成员不评议本人的承诺");
        String results = mvc.perform(get("/evaluations/" + evaluation.getId() + "/villages/" + village.getId()).with(user(townStaff)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(results).contains("镇街").contains("没有兑现").contains(li.name());

        // the same three votes under the town-prevails rule of another year
        year = YEARS.getAndIncrement();
        signIn(secretary);
        CommitmentRef again = representatives.commitment(zhang, "再修路" + year, LocalDate.of(year, 5, 1));
        SecurityContextHolder.clearContext();
        Evaluation townPrevails = open(GradeRule.TOWN_PREVAILS);
        EvaluationItem other = itemOf(townPrevails, again);
        mvc.perform(vote(townPrevails, other, Grade.QUALIFIED, null, "t2-" + year).with(user(secretary)));
        assertThat(gradeOf(other)).isNull();
        mvc.perform(vote(townPrevails, other, Grade.FAILED, "没有兑现", "t1-" + year).with(user(townStaff)));
        assertThat(gradeOf(other)).isEqualTo("FAILED");
    }

    @Test
    void gradesFreezeOnCloseAndTheDatabaseRefusesALateVote() throws Exception {
        Evaluation evaluation = open(GradeRule.MAJORITY);
        EvaluationItem item = itemOf(evaluation, zhangs.get(3));
        mvc.perform(vote(evaluation, item, Grade.EXCELLENT, null, "f1-" + year).with(user(townStaff)));
        mvc.perform(post("/evaluations/" + evaluation.getId() + "/close").with(csrf()).with(user(townStaff))
                .param("version", "0")).andReturn();
        assertThat(jdbc.queryForObject("select closed_at is null from evaluation where id = ?", Boolean.class, evaluation.getId())).isTrue();
        Long version = jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluation.getId());
        MockHttpServletResponse closed = mvc.perform(post("/evaluations/" + evaluation.getId() + "/close").with(csrf()).with(user(district))
                .param("version", version.toString())).andReturn().getResponse();
        assertThat(closed.getStatus()).isEqualTo(302);
        // a later tap comes back with the message; the vote and the grade stay as they were
        String page = mvc.perform(vote(evaluation, item, Grade.FAILED, "迟到的评议", "f2-" + year).with(user(townStaff)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("评议已结束，等次已冻结");
        assertThat(gradeOf(item)).isEqualTo("EXCELLENT");
        assertThat(pointsOf(item)).containsExactly(10);
        // even past the service, the database refuses to change a frozen vote
        assertThatThrownBy(() -> jdbc.update("update evaluation_vote set grade = 'FAILED', comment = 'x' where item_id = ?", item.getId()))
                .hasMessageContaining("frozen");
        assertThat(mvc.perform(post("/evaluations/" + evaluation.getId() + "/close").with(csrf()).with(user(district))
                .param("version", String.valueOf(version + 1))).andReturn().getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void exactlyThirtyPercentUnqualifiedCallsForAWarningTalkWhichTheTownRecords() throws Exception {
        Evaluation evaluation = open(GradeRule.TOWN_PREVAILS);
        List<EvaluationItem> ofZhang = items(evaluation).stream().filter(i -> zhang.id().equals(i.getRepresentativeId())).toList();
        assertThat(ofZhang).hasSize(10);
        for (int i = 0; i < 10; i++) {
            boolean failed = i < 3;
            mvc.perform(vote(evaluation, ofZhang.get(i), failed ? Grade.FAILED : Grade.QUALIFIED, failed ? "未兑现" : null, "e" + i + "-" + year)
                    .with(user(townStaff)));
        }
        EvaluationItem lis = items(evaluation).stream().filter(i -> li.id().equals(i.getRepresentativeId())).findFirst().orElseThrow();
        mvc.perform(vote(evaluation, lis, Grade.EXCELLENT, null, "li-" + year).with(user(townStaff)));
        signIn(townStaff);
        List<EvaluationResults.RepresentativeResult> escalated = results.representatives(evaluation, town.getId(), null, true);
        assertThat(escalated).extracting(EvaluationResults.RepresentativeResult::name).containsExactly(zhang.name());
        assertThat(escalated.get(0).failed()).isEqualTo(3);
        assertThat(escalated.get(0).failedPercent()).isEqualTo(30.0);
        // one of the three corrected: 2 of 10 is under the line
        SecurityContextHolder.clearContext();
        mvc.perform(vote(evaluation, ofZhang.get(0), Grade.QUALIFIED, null, "e0b-" + year).with(user(townStaff)));
        signIn(townStaff);
        assertThat(results.representatives(evaluation, town.getId(), null, true)).isEmpty();
        SecurityContextHolder.clearContext();
        mvc.perform(vote(evaluation, ofZhang.get(0), Grade.FAILED, "未兑现", "e0c-" + year).with(user(townStaff)));

        String talkUrl = "/evaluations/" + evaluation.getId() + "/talks/" + zhang.id();
        // not before the close
        assertThat(mvc.perform(post(talkUrl).with(csrf()).with(user(townStaff)).param("heldOn", service.today().toString())
                .param("heldBy", "镇组织委员").param("outcome", "已约谈")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8))
                .contains("评议结束后才能记录约谈");
        signIn(district);
        service.close(evaluation.getId(), jdbc.queryForObject("select version from evaluation where id = ?", Long.class, evaluation.getId()));
        SecurityContextHolder.clearContext();
        // the inbox's daily job lists the talk to hold for the town's staff
        assertThat(inboxSource.items(service.today())).anyMatch(i -> i.dedupeKey().equals(EvaluationInboxSource.talkKey(evaluation.getId(),
                zhang.id())) && i.recipient().townId().equals(town.getId()));
        // the secretary reads but does not record the town's talk; another town's staff do not learn it exists
        assertThat(mvc.perform(get(talkUrl).with(user(secretary))).andReturn().getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get(talkUrl).with(user(otherTown))).andReturn().getResponse().getStatus()).isEqualTo(404);
        MockHttpServletResponse saved = mvc.perform(post(talkUrl).with(csrf()).with(user(townStaff)).param("heldOn", service.today().toString())
                .param("heldBy", "镇组织委员王某").param("outcome", "指出问题，限期整改").param("token", "talk-" + year)).andReturn().getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(jdbc.queryForObject("select held_by from evaluation_talk where representative_id = ?", String.class, zhang.id()))
                .isEqualTo("镇组织委员王某");
        assertThat(inboxSource.items(service.today())).noneMatch(i -> i.dedupeKey().equals(EvaluationInboxSource.talkKey(evaluation.getId(),
                zhang.id())));
        // li (0 %) needs none
        String none = mvc.perform(post("/evaluations/" + evaluation.getId() + "/talks/" + li.id()).with(csrf()).with(user(townStaff))
                .param("heldOn", service.today().toString()).param("heldBy", "x").param("outcome", "y")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(none).contains("未达到约谈线");
        // published: the village report, the notice board and the public API show the results
        assertThat(mvc.perform(get("/reports/villages/" + village.getId() + "?year=" + year).with(user(secretary))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains("已约谈 1 名").contains(zhang.name());
        assertThat(mvc.perform(get("/villages/" + village.getId() + "/notice-board").with(user(secretary))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8)).contains(year + "年度述诺评诺结果公示").contains("不合格");
        assertThat(results.publishedFor(village.getId(), year)).get().satisfies(p -> assertThat(p.counts().failed()).isEqualTo(3));
    }

    @Test
    void eachRaterRatesOnlyFromTheirOwnSeatAndScope() throws Exception {
        Evaluation evaluation = open(GradeRule.MAJORITY);
        EvaluationItem item = itemOf(evaluation, zhangs.get(4));
        String page = ratePage(evaluation);
        assertThat(status(get(page).with(user(townStaff)))).isEqualTo(200);
        assertThat(status(get(page).with(user(secretary)))).isEqualTo(200);
        assertThat(status(get(page).with(user(district)))).isEqualTo(403); // the district is not a rater
        assertThat(status(get(page).with(user(otherTown)))).isEqualTo(404);
        assertThat(status(get(page).with(user(otherSecretary)))).isEqualTo(404);
        assertThat(status(vote(evaluation, item, Grade.EXCELLENT, null, "s1-" + year).with(user(otherTown)))).isEqualTo(404);
        assertThat(status(vote(evaluation, item, Grade.EXCELLENT, null, "s2-" + year).with(user(otherSecretary)))).isEqualTo(404);
        assertThat(status(vote(evaluation, item, Grade.EXCELLENT, null, "s3-" + year).with(user(district)))).isEqualTo(403);
        assertThat(votes(item)).isZero();
        // only the district opens and closes
        assertThat(status(post("/evaluations/" + evaluation.getId() + "/close").with(csrf()).with(user(secretary)))).isEqualTo(403);
        assertThat(status(get("/evaluations/new").with(user(townStaff)))).isEqualTo(403);
        // a town drills into its own town only
        assertThat(status(get("/evaluations/" + evaluation.getId() + "?townId=" + town.getId()).with(user(townStaff)))).isEqualTo(200);
        assertThat(status(get("/evaluations/" + evaluation.getId() + "?townId=" + town.getId()).with(user(otherTown)))).isEqualTo(404);
        // and a vote is refused at the service as well, whatever the page
        signIn(otherTown);
        assertThatThrownBy(() -> service.record(evaluation.getId(), village.getId(), Rater.TOWN, null,
                List.of(new EvaluationService.VoteInput(item.getId(), Grade.EXCELLENT, null, "s4-" + year))))
                .isNotInstanceOf(InvalidFieldException.class);
    }

    int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    List<MockHttpServletResponse> sendAtOnce(int count, Supplier<MockHttpServletRequestBuilder> request) throws Exception {
        List<MockHttpServletRequestBuilder> built = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            built.add(request.get());
        }
        ExecutorService pool = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
            for (MockHttpServletRequestBuilder one : built) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return mvc.perform(one).andReturn().getResponse();
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
}
