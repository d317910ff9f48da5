package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.CommitmentService;
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

/** A refused step or household on a detail page shows that page again with the typed input and the field's message: no 400, no 500. */
@IntegrationTest
class ActionFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeService representatives;

    @Autowired
    CommitmentService commitments;

    String tag;
    PortalUser secretary;
    Representative representative;
    Commitment commitment;

    @BeforeEach
    void createCommitment() {
        tag = VillageFixtures.freshCode().substring(0, 5);
        Village village = fixtures.village("步骤村" + tag, fixtures.town("步骤镇" + tag));
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        VillageFixtures.signIn(secretary);
        RepresentativeForm r = new RepresentativeForm();
        r.setName("代表" + tag);
        representative = representatives.saveRepresentative(null, r);
        CommitmentForm c = new CommitmentForm();
        c.setRepresentativeId(representative.getId());
        c.setPledgedBy(representative.getName());
        c.setContent("修好村口路" + tag);
        c.setPledgedOn(LocalDate.of(2023, 3, 1));
        c.setPromisedBy(LocalDate.of(2023, 6, 1));
        commitment = commitments.saveCommitment(null, c);
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String postStep(String version, String status, String on, String text) throws Exception {
        return mvc.perform(post("/commitments/{id}/status", commitment.getId()).with(csrf()).with(user(secretary))
                        .param("version", version).param("status", status).param("on", on).param("text", text))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anImpossibleDateOnAStatusStepShowsTheDetailPageWithTheDateMessageAndTheTypedNote() throws Exception {
        String page = postStep(commitment.getVersion().toString(), "FULFILLED", "2023-02-30x", "路已修好" + tag);
        assertThat(page).contains("请输入日期").contains("value=\"2023-02-30x\"").contains("路已修好" + tag);
        assertThat(commitments.eventsOf(commitment)).hasSize(1);
    }

    @Test
    void anOverlongNoteOnAStatusStepShowsItsLimitBesideTheField() throws Exception {
        String note = "长".repeat(1001);
        String page = postStep(commitment.getVersion().toString(), "FULFILLED", "2023-05-01", note);
        assertThat(page).contains("不能超过 1000 个字符").contains(note);
    }

    @Test
    void aWithdrawalReasonLongerThanItsColumnIsRefusedWithTheColumnsLimit() throws Exception {
        String reason = "因".repeat(501);
        String page = postStep(commitment.getVersion().toString(), "WITHDRAWN", "2023-05-01", reason);
        assertThat(page).contains("不能超过 500 个字符").contains(reason);
    }

    @Test
    void aStaleVersionOnAStatusStepShowsTheConflictMessageWithTheTypedNote() throws Exception {
        String page = postStep(String.valueOf(commitment.getVersion() - 1), "FULFILLED", "2023-05-01", "过期的页面" + tag);
        assertThat(page).contains("其他人已修改了这条记录").contains("过期的页面" + tag);
    }

    @Test
    void anOverlongHouseholdShowsTheRepresentativesPageWithTheLimitAndTheTypedAddress() throws Exception {
        String page = mvc.perform(post("/representatives/{id}/households", representative.getId()).with(csrf()).with(user(secretary))
                        .param("household", "户".repeat(101)).param("address", "三组" + tag))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("不能超过 100 个字符").contains("三组" + tag);
        assertThat(representatives.householdsOf(representative)).isEmpty();
    }
}
