package org.cunwu.representatives.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.PointService;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Points are earned by events in their own transaction, once per event even on a double submit, and taken back with it. */
@IntegrationTest
class VisitPointsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeService representatives;

    @Autowired
    CommitmentService commitments;

    @Autowired
    VisitService visits;

    @Autowired
    PointService points;

    @Autowired
    ProblemService problems;

    Village village;
    Representative representative;
    PortalUser secretary;
    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);


    @BeforeEach
    void createRepresentative() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        village = fixtures.village("积分村" + tag, fixtures.town("积分镇" + tag));
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        signIn(secretary);
        RepresentativeForm form = new RepresentativeForm();
        form.setName("代表" + tag);
        representative = representatives.saveRepresentative(null, form);
        representatives.addHousehold(representative.getId(), "张家", "一组");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    int balance() {
        signIn(district);
        return points.ledgerOf(representative).stream().mapToInt(PointEntry::getPoints).sum();
    }

    @Test
    void aVisitSubmittedTwiceIsRecordedOnceAndEarnsItsPointsOnce() throws Exception {
        Long household = representatives.householdsOf(representative).get(0).getId();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/visits/new").with(csrf()).with(user(secretary)).param("representativeId", representative.getId().toString())
                            .param("householdId", household.toString()).param("visitedOn", "2023-05-05").param("notes", "了解生产情况")
                            .param("token", "same-form-token-" + representative.getId()))
                    .andExpect(status().is3xxRedirection());
        }
        assertThat(balance()).isEqualTo(2);
        assertThat(visits.coverage(representative, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)).visited()).hasSize(1);
    }

    @Test
    void deletingAVisitTakesItsPointsBack() {
        VisitForm form = new VisitForm();
        form.setRepresentativeId(representative.getId());
        form.setHouseholdId(representatives.householdsOf(representative).get(0).getId());
        form.setVisitedOn(LocalDate.of(2023, 6, 1));
        HouseholdVisit visit = visits.record(form);
        assertThat(balance()).isEqualTo(2);
        signIn(secretary);
        visits.delete(visit.getId());
        assertThat(balance()).isZero();
    }

    @Test
    void aFulfilledCommitmentAndAProblemFoundOnAVisitEarnTheirRulesPoints() {
        CommitmentForm c = new CommitmentForm();
        c.setRepresentativeId(representative.getId());
        c.setPledgedBy(representative.getName());
        c.setContent("修好村口路");
        c.setPledgedOn(LocalDate.of(2023, 3, 1));
        c.setPromisedBy(LocalDate.of(2023, 6, 1));
        Commitment commitment = commitments.saveCommitment(null, c);
        commitments.moveCommitment(commitment.getId(), commitment.getVersion(), CommitmentStatus.FULFILLED, LocalDate.of(2023, 5, 1), "已修好");
        assertThat(balance()).isEqualTo(5);

        signIn(secretary);
        VisitForm v = new VisitForm();
        v.setRepresentativeId(representative.getId());
        v.setHouseholdId(representatives.householdsOf(representative).get(0).getId());
        v.setVisitedOn(LocalDate.of(2023, 6, 2));
        v.setNotes("院墙倒塌");
        HouseholdVisit visit = visits.record(v);
        ProblemForm p = new ProblemForm();
        p.setVisitId(visit.getId());
        p.setTitle("院墙倒塌");
        p.setCategoryId(problems.categories().get(0).getId());
        p.setReportedOn(LocalDate.of(2023, 6, 2));
        Problem problem = problems.saveProblem(null, p);
        problems.moveProblem(problem.getId(), problem.getVersion(), ProblemStatus.RESOLVED, LocalDate.of(2023, 6, 9), "已修复");
        assertThat(balance()).isEqualTo(5 + 2 + 3);
        assertThat(points.rankingOfVillage(village.getId()).get(0)[0]).isEqualTo(representative.getId());
    }

    @Test
    void townStaffSeeTheirTownsRanking() throws Exception {
        VisitForm form = new VisitForm();
        form.setRepresentativeId(representative.getId());
        form.setHouseholdId(representatives.householdsOf(representative).get(0).getId());
        form.setVisitedOn(LocalDate.of(2023, 6, 1));
        visits.record(form);
        PortalUser townStaff = VillageFixtures.user(Role.TOWN_STAFF, village.getTown().getId(), null);
        String page = mvc.perform(MockMvcRequestBuilders.get("/representatives/points")
                        .with(user(townStaff))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("镇街内排名").contains(representative.getName()).contains("2 分");
    }

    @Test
    void aPointRuleValueThatIsNotANumberOrOutOfRangeIsShownBesideItsRuleWithWhatWasTyped() throws Exception {
        signIn(district);
        PointRule rule = points.rules().get(0);
        int before = rule.getPoints();
        String typed = mvc.perform(post("/representatives/points/rules/{id}", rule.getId()).with(csrf()).with(user(district))
                        .param("points", "abc"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(typed).contains("请输入整数").contains("value=\"abc\"");
        String tooMany = mvc.perform(post("/representatives/points/rules/{id}", rule.getId()).with(csrf()).with(user(district))
                        .param("points", "500"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(tooMany).contains("分值应为 -100 至 100").contains("value=\"500\"");
        mvc.perform(post("/representatives/points/rules/{id}", rule.getId()).with(csrf()).with(user(secretary)).param("points", "5"))
                .andExpect(status().isForbidden());
        signIn(district);
        assertThat(points.rules().get(0).getPoints()).isEqualTo(before);
    }
}
