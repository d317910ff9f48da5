package org.cunwu.representatives.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.RepresentativeService;
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
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Secretaries keep their own village's representatives and commitments; steps, overdue, and the notice board. */
@IntegrationTest
class CommitmentTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeService service;

    @Autowired
    CommitmentService commitments;

    String tag;
    Village own;
    Village other;
    PortalUser secretary;
    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);


    @BeforeEach
    void createVillages() {
        tag = VillageFixtures.freshCode().substring(0, 5);
        Town town = fixtures.town("承诺镇" + tag);
        own = fixtures.village("本村" + tag, town);
        other = fixtures.village("他村" + tag, fixtures.town("他镇" + tag));
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, own.getId());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Commitment pledge(String content, LocalDate promisedBy, Village in) {
        signIn(district);
        CommitmentForm form = new CommitmentForm();
        form.setVillageId(in.getId());
        form.setPledgedBy("代表" + tag);
        form.setContent(content);
        form.setPledgedOn(LocalDate.of(2023, 3, 1));
        form.setPromisedBy(promisedBy);
        return commitments.saveCommitment(null, form);
    }

    /** The list counts the households of the representatives it shows (only those: a province has 840,000), as does the csv. */
    @Test
    void theRepresentativesListAndItsCsvCountEachRepresentativesHouseholds() throws Exception {
        signIn(district);
        RepresentativeForm form = new RepresentativeForm();
        form.setVillageId(own.getId());
        form.setName("联户代表" + tag);
        Representative linked = service.saveRepresentative(null, form);
        service.addHousehold(linked.getId(), "张家" + tag, null);
        service.addHousehold(linked.getId(), "李家" + tag, "二组");
        form.setName("新代表" + tag);
        service.saveRepresentative(null, form);

        String page = mvc.perform(get("/representatives").param("villageId", own.getId().toString()).with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String csv = mvc.perform(get("/representatives").param("villageId", own.getId().toString()).param("format", "csv")
                .with(user(district))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        assertThat(row(page, "联户代表" + tag)).endsWith("<td class=\"text-end\">2</td>");
        assertThat(row(page, "新代表" + tag)).endsWith("<td class=\"text-end\">0</td>");
        assertThat(csv.lines().filter(line -> line.contains("联户代表" + tag))).singleElement().asString().endsWith(",2");
        assertThat(csv.lines().filter(line -> line.contains("新代表" + tag))).singleElement().asString().endsWith(",0");
    }

    /** The cells of the list's row that names {@code name}, up to its end. */
    static String row(String page, String name) {
        String from = page.substring(page.indexOf(">" + name + "</a>"));
        return from.substring(0, from.indexOf("</tr>")).strip();
    }

    @Test
    void aSecretarysCommitmentBelongsToTheirVillageWhateverTheFormSays() throws Exception {
        mvc.perform(post("/commitments/new").with(csrf()).with(user(secretary))
                        .param("villageId", other.getId().toString()).param("pledgedBy", "王代表").param("content", "修好村口路灯" + tag)
                        .param("category", "INFRASTRUCTURE").param("pledgedOn", "2023-03-01").param("promisedBy", "2023-06-30"))
                .andExpect(status().is3xxRedirection());
        signIn(district);
        var inOwn = commitments.commitments(new CommitmentFilter("修好村口路灯" + tag, null, own.getId(), null, null, null), PageRequest.of(0, 5));
        assertThat(inOwn.getTotalElements()).isEqualTo(1);
    }

    @Test
    void anotherVillagesCommitmentIsNotFoundForASecretary() throws Exception {
        Commitment elsewhere = pledge("他村的承诺" + tag, LocalDate.of(2023, 6, 30), other);
        mvc.perform(get("/commitments/" + elsewhere.getId()).with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(get("/commitments/" + elsewhere.getId() + "/edit").with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(get("/villages/" + other.getId() + "/notice-board").with(user(secretary))).andExpect(status().isNotFound());
        mvc.perform(get("/commitments/" + elsewhere.getId()).with(user(VillageFixtures.user(Role.VIEWER, null, null)))).andExpect(status().isOk());
    }

    @Test
    void commitmentsMoveAlongAllowedStepsAndFulfilmentNeedsANote() {
        Commitment c = pledge("清理河道" + tag, LocalDate.of(2023, 6, 30), own);
        assertThatThrownBy(() -> commitments.moveCommitment(c.getId(), c.getVersion(), CommitmentStatus.FULFILLED, LocalDate.of(2023, 5, 1), " "))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("commitment.fulfilmentNote.required");
        Commitment started = commitments.moveCommitment(c.getId(), c.getVersion(), CommitmentStatus.IN_PROGRESS, null, null);
        Commitment done = commitments.moveCommitment(c.getId(), started.getVersion(), CommitmentStatus.FULFILLED, LocalDate.of(2023, 5, 1), "已清理");
        assertThat(done.getFulfilledOn()).isEqualTo(LocalDate.of(2023, 5, 1));
        assertThatThrownBy(() -> commitments.moveCommitment(c.getId(), done.getVersion(), CommitmentStatus.WITHDRAWN, null, "改变主意"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("commitment.status.notAllowed");
        assertThat(commitments.eventsOf(commitments.commitment(c.getId()))).extracting(CommitmentEvent::getToStatus)
                .containsExactly(CommitmentStatus.FULFILLED, CommitmentStatus.IN_PROGRESS, CommitmentStatus.PLEDGED);
    }

    @Test
    void overdueIsDerivedFromThePromisedDateAndFiltersTheList() throws Exception {
        Commitment late = pledge("过期承诺" + tag, LocalDate.of(2023, 4, 1), own);
        Commitment later = pledge("未到期承诺" + tag, LocalDate.now().plusYears(1), own);
        assertThat(late.isOverdue(LocalDate.now())).isTrue();
        assertThat(later.isOverdue(LocalDate.now())).isFalse();
        String page = mvc.perform(get("/commitments").param("villageId", own.getId().toString()).param("overdue", "true").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("过期承诺" + tag).doesNotContain("未到期承诺" + tag);
    }

    @Test
    void choosingARepresentativeWithoutTypingWhoPledgedRecordsTheRepresentativesName() throws Exception {
        signIn(secretary);
        RepresentativeForm r = new RepresentativeForm();
        r.setName("邓志刚" + tag);
        Representative representative = service.saveRepresentative(null, r);
        SecurityContextHolder.clearContext();
        mvc.perform(post("/commitments/new").with(csrf()).with(user(secretary))
                        .param("representativeId", representative.getId().toString()).param("pledgedBy", "")
                        .param("content", "代表承诺" + tag).param("category", "INFRASTRUCTURE")
                        .param("pledgedOn", "2023-03-01").param("promisedBy", "2023-06-30"))
                .andExpect(status().is3xxRedirection());
        signIn(district);
        var saved = commitments.commitments(new CommitmentFilter("代表承诺" + tag, null, own.getId(), null, null, null),
                PageRequest.of(0, 5));
        assertThat(saved.getContent()).extracting(Commitment::getPledgedBy).containsExactly("邓志刚" + tag);
    }

    @Test
    void noRepresentativeAndNoOneWhoPledgedIsRefusedBesideTheField() throws Exception {
        String page = mvc.perform(post("/commitments/new").with(csrf()).with(user(secretary))
                        .param("pledgedBy", " ").param("content", "无人承诺" + tag).param("category", "INFRASTRUCTURE")
                        .param("pledgedOn", "2023-03-01").param("promisedBy", "2023-06-30"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("is-invalid").contains("必填");
        signIn(district);
        assertThat(commitments.commitments(new CommitmentFilter("无人承诺" + tag, null, own.getId(), null, null, null),
                PageRequest.of(0, 5)).getTotalElements()).isZero();
    }

    @Test
    void theRepresentativePickerFillsWhoPledgedThroughItsScript() throws Exception {
        signIn(secretary);
        RepresentativeForm r = new RepresentativeForm();
        r.setName("袁国强" + tag);
        service.saveRepresentative(null, r);
        SecurityContextHolder.clearContext();
        String form = mvc.perform(get("/commitments/new").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("data-fills=\"pledgedBy\"").containsPattern("/assets/js/fill-name(-[0-9a-f]+)?\\.js");
    }

    @Test
    void theNoticeBoardHasAPrintButtonThatThePrintedSheetLeavesOut() throws Exception {
        pledge("打印承诺" + tag, LocalDate.of(2030, 1, 1), own);
        String board = mvc.perform(get("/villages/" + own.getId() + "/notice-board").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).containsPattern("<button[^>]*class=\"[^\"]*print-button[^\"]*\"[^>]*data-print")
                .containsPattern("/assets/js/print(-[0-9a-f]+)?\\.js").contains("<td class=\"nowrap\">代表" + tag + "</td>")
                .contains("<td class=\"nowrap\">2030-01-01</td>");
        // the button sits in the no-print bar: the printed sheet has no button
        String beforeButton = board.substring(0, board.indexOf("print-button"));
        assertThat(beforeButton.substring(beforeButton.lastIndexOf("<div"))).startsWith("<div class=\"").contains("no-print");
    }

    @Test
    void aSecretarysListsOfferNoTownOrVillageFilterButDistrictStaffsDo() throws Exception {
        for (String list : new String[] {"/commitments", "/problems", "/receptions", "/representatives"}) {
            String mine = mvc.perform(get(list).with(user(secretary))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(mine).as(list).doesNotContain("name=\"townId\"").doesNotContain("name=\"villageId\"");
            String town = mvc.perform(get(list).with(user(VillageFixtures.user(Role.TOWN_STAFF, own.getTown().getId(), null))))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
            assertThat(town).as(list).doesNotContain("name=\"townId\"").contains("name=\"villageId\"");
            String all = mvc.perform(get(list).with(user(district))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(all).as(list).contains("name=\"townId\"").contains("name=\"villageId\"").contains("data-search=");
        }
    }

    @Test
    void theNoticeBoardListsThePublicCommitmentsOfTheVillage() throws Exception {
        pledge("公开承诺" + tag, LocalDate.of(2030, 1, 1), own);
        String board = mvc.perform(get("/villages/" + own.getId() + "/notice-board").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("公开承诺" + tag).contains("公示栏");
    }

    @Test
    void viewersReadButDoNotAddCommitments() throws Exception {
        mvc.perform(get("/commitments/new").with(user(VillageFixtures.user(Role.VIEWER, null, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/representatives").with(user(VillageFixtures.user(Role.VIEWER, null, null)))).andExpect(status().isOk());
    }

    @Test
    void aRepresentativePageShowsMaskedPhonesToReaders() throws Exception {
        mvc.perform(post("/representatives/new").with(csrf()).with(user(secretary))
                        .param("name", "代表" + tag).param("phone", "13912345678").param("certificateNo", "R" + tag))
                .andExpect(status().is3xxRedirection());
        signIn(district);
        Representative r = service.representatives(new RepresentativeFilter("代表" + tag, null, own.getId()),
                PageRequest.of(0, 1)).getContent().get(0);
        String asViewer = mvc.perform(get("/representatives/" + r.getId()).with(user(VillageFixtures.user(Role.VIEWER, null, null))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(asViewer).contains("139****5678").doesNotContain("13912345678");
    }

    @Test
    void representativeAndReceptionExportsMaskPhonesForReaders() throws Exception {
        mvc.perform(post("/representatives/new").with(csrf()).with(user(secretary)).param("name", "导出代表" + tag).param("phone", "13955556666"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/receptions/new").with(csrf()).with(user(secretary)).param("receivedOn", "2023-08-01")
                        .param("residentName", "导出群众" + tag).param("residentPhone", "13877778888").param("topic", "咨询").param("peopleCount", "1"))
                .andExpect(status().is3xxRedirection());
        PortalUser viewer = VillageFixtures.user(Role.VIEWER, null, null);
        String reps = mvc.perform(get("/representatives").param("q", "导出代表" + tag).param("format", "csv").with(user(viewer)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(reps).contains("导出代表" + tag).contains("139****6666").doesNotContain("13955556666");
        String receptions = mvc.perform(get("/receptions").param("q", "导出群众" + tag).param("format", "csv").with(user(secretary)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(receptions).contains("13877778888");
    }
}
