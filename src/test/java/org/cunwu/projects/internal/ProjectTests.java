package org.cunwu.projects.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;

import org.cunwu.IntegrationTest;
import org.cunwu.projects.ProjectService;
import org.cunwu.projects.ProjectStatus;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Status rules, exact totals, and the scope of a project over its lead and partner villages. */
@IntegrationTest
class ProjectTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    ProjectService projects;

    @Autowired
    ProjectCategoryRepository categories;

    Town leadTown;
    Town partnerTown;
    Town otherTown;
    Village lead;
    Village partner;
    Village outsider;
    Project project;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);


    @BeforeEach
    void createProject() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        leadTown = fixtures.town("牵头镇" + tag);
        partnerTown = fixtures.town("合作镇" + tag);
        otherTown = fixtures.town("无关镇" + tag);
        lead = fixtures.village("十里堡" + tag + "社区", leadTown);
        partner = fixtures.village("菊花屯" + tag + "村", partnerTown);
        outsider = fixtures.village("局外" + tag + "村", otherTown);
        signIn(district);
        Long planting = categories.findByCode("PLANTING").orElseThrow().getId();
        project = projects.create(new ProjectDetails("软枣猕猴桃种植" + tag, planting, lead.getId(), CooperationModel.PAIRED,
                new BigDecimal("350.50"), new BigDecimal("120.00"), new BigDecimal("70000.00"), true,
                LocalDate.of(2023, 3, 1), null, true, null, null));
        projects.addPartner(project.getId(), partner.getId(), PartnerRole.LAND, new BigDecimal("24.10"), null);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void statusMovesOnlyAlongAllowedTransitionsAndUnusualStepsNeedAReason() {
        Long id = project.getId();
        assertThatThrownBy(() -> projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.FINISHED, null, null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("project.status.notAllowed");
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.BUILDING, LocalDate.of(2023, 4, 1), null);
        assertThatThrownBy(() -> projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.SUSPENDED, null, " "))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("project.status.reasonRequired");
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.SUSPENDED, null, "资金未到位");
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.OPERATING, LocalDate.of(2023, 9, 1), "资金到位，直接投产");
        Project reloaded = projects.get(id);
        assertThat(reloaded.getStatus()).isEqualTo(ProjectStatus.OPERATING);
        assertThat(projects.statusChangesOf(reloaded)).extracting(StatusChange::getToStatus)
                .containsExactly(ProjectStatus.OPERATING, ProjectStatus.SUSPENDED, ProjectStatus.BUILDING, ProjectStatus.PLANNED);
    }

    @Test
    void amountsTotalExactlyAcrossPartners() {
        projects.addPartner(project.getId(), outsider.getId(), PartnerRole.LAND, new BigDecimal("0.20"), null);
        Project reloaded = projects.get(project.getId());
        assertThat(reloaded.partnerLandMu()).isEqualByComparingTo("24.30");
        assertThat(reloaded.totalIncomePerYear()).isEqualByComparingTo("210000.00");
        ProjectService.Totals totals = ProjectService.totalsOf(List.of(reloaded, reloaded));
        assertThat(totals.investmentWan()).isEqualByComparingTo("701.00");
        assertThat(totals.landMu()).isEqualByComparingTo("240.00");
        assertThatThrownBy(() -> projects.addPartner(project.getId(), fixtures.village("超地" + VillageFixtures.freshCode(), otherTown).getId(),
                PartnerRole.LAND, new BigDecimal("100"), null))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("project.partner.landExceeds");
    }

    String page(String path, PortalUser who, int expected) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aProjectIsVisibleToEveryParticipatingVillageAndNoOneElse() throws Exception {
        String path = "/projects/" + project.getId();
        page(path, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, lead.getId()), 200);
        page(path, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, partner.getId()), 200);
        page(path, VillageFixtures.user(Role.TOWN_STAFF, partnerTown.getId(), null), 200);
        page(path, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, outsider.getId()), 404);
        page(path, VillageFixtures.user(Role.TOWN_STAFF, otherTown.getId(), null), 404);
        String list = page("/projects?q=" + project.getName(), VillageFixtures.user(Role.VILLAGE_SECRETARY, null, partner.getId()), 200);
        assertThat(list).contains(">" + project.getName() + "</a>");
        String hidden = page("/projects?q=" + project.getName(), VillageFixtures.user(Role.VILLAGE_SECRETARY, null, outsider.getId()), 200);
        assertThat(hidden).doesNotContain(project.getName() + "</a>");
    }

    @Test
    void onlyDistrictAndTheLeadTownEditWhilePartnersSecretariesLogProgress() throws Exception {
        String edit = "/projects/" + project.getId() + "/edit";
        page(edit, VillageFixtures.user(Role.TOWN_STAFF, leadTown.getId(), null), 200);
        page(edit, VillageFixtures.user(Role.TOWN_STAFF, partnerTown.getId(), null), 403);
        page(edit, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, partner.getId()), 403);
        mvc.perform(post("/projects/" + project.getId() + "/progress").with(csrf())
                        .with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, partner.getId())))
                        .param("entryDate", "2023-05-06").param("text", "完成苗木栽植"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/projects/" + project.getId() + "/progress").with(csrf())
                        .with(user(VillageFixtures.user(Role.VIEWER, null, null))).param("text", "看看"))
                .andExpect(status().isForbidden());
        signIn(district);
        assertThat(projects.progressOf(projects.get(project.getId()))).extracting(ProgressEntry::getText).containsExactly("完成苗木栽植");
    }

    @Test
    void aWrongPartnerShowsTheProjectPageWithTheTypedValuesAndTheFieldMessage() throws Exception {
        PortalUser leadStaff = VillageFixtures.user(Role.TOWN_STAFF, leadTown.getId(), null);
        Village third = fixtures.village("第三合作" + System.nanoTime() + "村", otherTown);
        String negative = mvc.perform(post("/projects/" + project.getId() + "/partners").with(csrf()).with(user(leadStaff))
                        .param("villageId", third.getId().toString()).param("role", "LABOUR").param("landMu", "-3")
                        .param("note", "负数面积"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(negative).contains("不能小于 0").contains("value=\"-3\"").contains("负数面积");
        String already = mvc.perform(post("/projects/" + project.getId() + "/partners").with(csrf()).with(user(leadStaff))
                        .param("villageId", partner.getId().toString()).param("role", "LAND"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(already).contains("该村（社区）已参与本项目").contains("is-invalid");
        mvc.perform(post("/projects/" + project.getId() + "/partners").with(csrf()).with(user(leadStaff))
                        .param("villageId", third.getId().toString()).param("role", "LABOUR").param("landMu", "1.5"))
                .andExpect(redirectedUrl("/projects/" + project.getId()));
        mvc.perform(post("/projects/" + project.getId() + "/partners").with(csrf())
                        .with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, partner.getId())))
                        .param("villageId", third.getId().toString()).param("landMu", "abc"))
                .andExpect(status().isForbidden());
        signIn(district);
        assertThat(projects.get(project.getId()).getPartners()).extracting(p -> p.getVillage().getName()).contains(third.getName());
    }

    @Test
    void anOverlongProgressEntryOrAnImpossibleDayShowsTheProjectPageWithTheTypedTextAndTheMessage() throws Exception {
        String text = "进".repeat(2001);
        String page = mvc.perform(post("/projects/" + project.getId() + "/progress").with(csrf()).with(user(district))
                        .param("entryDate", "2023-13-01").param("text", text))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请输入日期").contains("value=\"2023-13-01\"").contains("不能超过 2000 个字符").contains(text);
        signIn(district);
        assertThat(projects.progressOf(projects.get(project.getId()))).isEmpty();
    }

    @Test
    void aStatusChangeFromAStalePageShowsTheConflictMessageWithTheTypedReason() throws Exception {
        signIn(district);
        Long stale = projects.get(project.getId()).getVersion() - 1;
        String page = mvc.perform(post("/projects/" + project.getId() + "/status").with(csrf()).with(user(district))
                        .param("version", stale.toString()).param("status", "SUSPENDED").param("changedOn", "2023-05-01")
                        .param("reason", "资金未到位"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("其他人已修改了这条记录").contains("资金未到位");
    }

    @Test
    void theVillageDossierListsTheProjectsItLeadsAndJoins() throws Exception {
        String dossier = page("/villages/" + partner.getId(), district, 200);
        assertThat(dossier).contains(">" + project.getName() + "</a>").contains("合作");
    }

    @Test
    void newOperatingProjectsAreCountedFromTheirStatusChanges() {
        Long id = project.getId();
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.BUILDING, LocalDate.of(2023, 2, 1), null);
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.OPERATING, LocalDate.of(2023, 12, 31), null);
        assertThat(projects.newOperatingPerLeadVillage(List.of(lead.getId()), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .isEqualTo(Map.of(lead.getId(), 1L));
        assertThat(projects.newOperatingPerLeadVillage(List.of(lead.getId()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
        // suspended and restarted in 2024: not a new operating project of 2024, still the one of 2023 (as the reports count it)
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.SUSPENDED, LocalDate.of(2024, 3, 1), "资金未到位");
        projects.changeStatus(id, projects.get(id).getVersion(), ProjectStatus.OPERATING, LocalDate.of(2024, 6, 1), "资金到位，恢复运营");
        assertThat(projects.newOperatingPerLeadVillage(List.of(lead.getId()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(projects.newOperatingPerLeadVillage(List.of(lead.getId()), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .isEqualTo(Map.of(lead.getId(), 1L));
    }

    @Test
    void exportsHoldTheFilteredProjects() throws Exception {
        String csv = mvc.perform(get("/projects").param("q", project.getName()).param("format", "csv").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).contains(project.getName()).contains("350.50").contains(partner.getName());
    }

    @Test
    void aZonePageShowsItsProjectsWithExactTotals(@Autowired DemonstrationZoneService zones) throws Exception {
        var zone = zones.create("测试示范片区" + VillageFixtures.freshCode(), null, null, Set.of(lead.getId()));
        Project p = projects.get(project.getId());
        projects.update(p.getId(), p.getVersion(), new ProjectDetails(p.getName(), p.getCategory().getId(), lead.getId(),
                p.getCooperationModel(), p.getInvestmentWan(), p.getLandMu(), p.getIncomePerVillage(), true, p.getStartedOn(),
                null, true, zone.getId(), null));
        String page = page("/zones/" + zone.getId(), district, 200);
        assertThat(page).contains(">" + project.getName() + "</a>").contains("350.50").contains("140000.00");
    }

    @Test
    void theZoneChoicesOfTheDistrictReadNoVillagesAndTownStaffSeeTheirOwn(@Autowired DemonstrationZoneService zones,
            @Autowired EntityManagerFactory entityManagerFactory) throws Exception {
        var ofLead = zones.create("牵头片区" + VillageFixtures.freshCode(), null, null, Set.of(lead.getId()));
        var ofOther = zones.create("无关片区" + VillageFixtures.freshCode(), null, null, Set.of(outsider.getId()));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        var choices = zones.choices(null);
        assertThat(choices.items()).extracting(z -> z.getName()).contains(ofLead.getName(), ofOther.getName());
        assertThat(statistics.getEntityStatistics(Village.class.getName()).getLoadCount()).isZero();
        // below cunwu.lists.all-zones-up-to every zone is written into the page, as before: no picker, no hint
        assertThat(choices.searchUrl()).isNull();
        assertThat(choices.hint()).isNull();
        assertThat(page("/projects", district, 200)).contains(">" + ofOther.getName() + "</option>").doesNotContain("/pickers/zones");

        signIn(VillageFixtures.user(Role.TOWN_STAFF, leadTown.getId(), null));
        assertThat(zones.choices(null).items()).extracting(z -> z.getName()).contains(ofLead.getName()).doesNotContain(ofOther.getName());
    }
}
