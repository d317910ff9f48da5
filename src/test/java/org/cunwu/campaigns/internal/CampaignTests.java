package org.cunwu.campaigns.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.cunwu.IntegrationTest;
import org.cunwu.cadres.internal.CadreService;
import org.cunwu.cadres.internal.EndReason;
import org.cunwu.cadres.Gender;
import org.cunwu.cadres.internal.Person;
import org.cunwu.cadres.internal.PersonDetails;
import org.cunwu.cadres.internal.PostHeld;
import org.cunwu.campaigns.CampaignService;
import org.cunwu.projects.ProjectService;
import org.cunwu.projects.ProjectStatus;
import org.cunwu.projects.internal.CooperationModel;
import org.cunwu.projects.internal.Project;
import org.cunwu.projects.internal.ProjectDetails;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** A campaign's results come from the other modules' records; tasks move along allowed steps; only district staff change campaigns. */
@IntegrationTest
class CampaignTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    CampaignService campaigns;

    @Autowired
    CadreService cadres;

    @Autowired
    ProjectService projects;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    Town town;
    Village covered;
    Village elsewhere;
    Campaign campaign;


    @BeforeEach
    void createCampaign() {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        town = fixtures.town("攻坚镇" + tag);
        covered = fixtures.village("后进" + tag + "村", town);
        elsewhere = fixtures.village("先进" + tag + "村", town);
        signIn(district);
        campaign = campaigns.create("后进班子集中攻坚" + tag, 2023, null, Set.of(covered.getId()),
                EnumSet.of(ResultMeasure.CADRES_ADJUSTED, ResultMeasure.NEW_OPERATING_PROJECTS));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Long postType(String code) {
        return cadres.postTypes().stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    void adjustSecretaryOf(Village village, LocalDate on) {
        Person person = cadres.create(new PersonDetails("原书记", Gender.MALE, LocalDate.of(1970, 1, 1), null, null, null, false),
                village.getId(), postType("PARTY_SECRETARY"), LocalDate.of(2021, 1, 1));
        PostHeld post = cadres.postsOf(person).get(0);
        cadres.end(post.getId(), post.getVersion(), on, EndReason.NOT_COMPETENT, "不胜任");
    }

    void operatingProjectOf(Village village, LocalDate operatingOn) {
        Long category = projects.categories().get(0).getId();
        Project p = projects.create(new ProjectDetails("经营项目" + VillageFixtures.freshCode(), category, village.getId(),
                CooperationModel.PAIRED, BigDecimal.TEN, null, null, true, LocalDate.of(2023, 1, 1), null, false, null, null));
        projects.changeStatus(p.getId(), projects.get(p.getId()).getVersion(), ProjectStatus.BUILDING, LocalDate.of(2023, 1, 2), null);
        projects.changeStatus(p.getId(), projects.get(p.getId()).getVersion(), ProjectStatus.OPERATING, operatingOn, null);
    }

    @Test
    void resultsAreCountedFromRecordsOfTheCoveredVillagesInTheCampaignYear() {
        adjustSecretaryOf(covered, LocalDate.of(2023, 5, 1));
        adjustSecretaryOf(elsewhere, LocalDate.of(2023, 5, 1));
        operatingProjectOf(covered, LocalDate.of(2023, 12, 31));
        operatingProjectOf(covered, LocalDate.of(2024, 1, 1));
        operatingProjectOf(elsewhere, LocalDate.of(2023, 6, 1));
        List<CampaignService.MeasureResult> results = campaigns.resultsOf(campaigns.get(campaign.getId()));
        assertThat(results).extracting(CampaignService.MeasureResult::measure)
                .containsExactly(ResultMeasure.CADRES_ADJUSTED, ResultMeasure.NEW_OPERATING_PROJECTS);
        assertThat(results).extracting(CampaignService.MeasureResult::total).containsExactly(1L, 1L);
        assertThat(results.get(0).villages()).extracting(c -> c.village().getId()).containsExactly(covered.getId());
        assertThat(results.get(0).villages().get(0).list()).isEqualTo("/cadres?villageId=" + covered.getId()
                + "&adjusted=true&endedFrom=2023-01-01&endedTo=2023-12-31");
    }

    @Test
    void aCampaignWithoutTheCadreMeasureShowsNoCadreCount() throws Exception {
        adjustSecretaryOf(covered, LocalDate.of(2023, 5, 1));
        Campaign environment = campaigns.create("人居环境整治" + VillageFixtures.freshCode().substring(0, 5), 2023, null,
                Set.of(covered.getId()), EnumSet.of(ResultMeasure.PROBLEMS_RESOLVED));
        assertThat(campaigns.resultsOf(campaigns.get(environment.getId()))).extracting(CampaignService.MeasureResult::measure)
                .containsExactly(ResultMeasure.PROBLEMS_RESOLVED);
        String page = mvc.perform(get("/campaigns/" + environment.getId()).with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-measure=\"PROBLEMS_RESOLVED\"").contains("解决群众身边问题")
                .doesNotContain("data-measure=\"CADRES_ADJUSTED\"").doesNotContain("调整不胜任村干部");
        String withCadres = mvc.perform(get("/campaigns/" + campaign.getId()).with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(withCadres).contains("data-measure=\"CADRES_ADJUSTED\"")
                .contains("href=\"/cadres?villageId=" + covered.getId() + "&amp;adjusted=true&amp;endedFrom=2023-01-01&amp;endedTo=2023-12-31\"");
    }

    @Test
    void aCampaignWithNoMeasureSaysSoAndCountsNothing() throws Exception {
        Campaign none = campaigns.create("无统计攻坚" + VillageFixtures.freshCode().substring(0, 5), 2023, null, Set.of(covered.getId()), Set.of());
        assertThat(campaigns.resultsOf(campaigns.get(none.getId()))).isEmpty();
        String page = mvc.perform(get("/campaigns/" + none.getId()).with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("本攻坚未选择统计成效").doesNotContain("data-measure=");
    }

    @Test
    void aVillageLinkIsOnlyGivenToAReaderWhoMayOpenItsRecords() throws Exception {
        adjustSecretaryOf(covered, LocalDate.of(2023, 5, 1));
        PortalUser neighbour = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, elsewhere.getId());
        String page = mvc.perform(get("/campaigns/" + campaign.getId()).with(user(neighbour))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(covered.getName() + " 1").doesNotContain("/cadres?villageId=" + covered.getId());
    }

    @Test
    void theFormShowsTheChosenMeasuresAndKeepsThemOnError() throws Exception {
        String edit = mvc.perform(get("/campaigns/" + campaign.getId() + "/edit").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(checked(edit)).containsExactly("CADRES_ADJUSTED", "NEW_OPERATING_PROJECTS");
        String page = mvc.perform(post("/campaigns/new").with(csrf()).with(user(district)).param("name", "").param("year", "2023")
                        .param("measures", "PETITIONS_RESOLVED").param("measures", "COMMITMENTS_FULFILLED"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("必填");
        assertThat(checked(page)).containsExactly("PETITIONS_RESOLVED", "COMMITMENTS_FULFILLED");
    }

    @Test
    void anUnknownMeasureIsAFieldErrorNotAnError() throws Exception {
        String page = mvc.perform(post("/campaigns/new").with(csrf()).with(user(district)).param("name", "整治" + VillageFixtures.freshCode())
                        .param("year", "2023").param("measures", "PROBLEMS_RESOLVED").param("measures", "EVERYTHING"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("格式不正确");
    }

    @Test
    void editingTheMeasuresChangesWhatIsCounted() throws Exception {
        Campaign current = campaigns.get(campaign.getId());
        mvc.perform(post("/campaigns/" + campaign.getId() + "/edit").with(csrf()).with(user(district)).param("name", current.getName())
                        .param("year", "2023").param("version", current.getVersion().toString())
                        .param("villageIds", covered.getId().toString()).param("measures", "PETITIONS_RESOLVED"))
                .andExpect(status().is3xxRedirection());
        signIn(district);
        assertThat(campaigns.get(campaign.getId()).getMeasures()).containsExactly(ResultMeasure.PETITIONS_RESOLVED);
        String page = mvc.perform(get("/campaigns/" + campaign.getId()).with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("data-measure=\"PETITIONS_RESOLVED\"").doesNotContain("data-measure=\"CADRES_ADJUSTED\"");
    }

    /** The values of the checked measure boxes, in page order. */
    static List<String> checked(String page) {
        return Pattern.compile("<input[^>]*name=\"measures\"[^>]*>").matcher(page).results()
                .map(MatchResult::group).filter(tag -> tag.contains("checked"))
                .map(tag -> tag.replaceAll(".*value=\"([A-Z_]+)\".*", "$1")).toList();
    }

    @Test
    void tasksMoveAlongAllowedStepsAndCountPerDirection() {
        Direction direction = campaigns.addDirection(campaign.getId(), "调整配强班子");
        Task task = campaigns.saveTask(campaign.getId(), null, null, direction.getId(), "研判班子", "专班", LocalDate.of(2023, 3, 1), Set.of());
        Task other = campaigns.saveTask(campaign.getId(), null, null, direction.getId(), "谈心谈话", "专班", LocalDate.of(2023, 3, 1), Set.of());
        assertThat(task.isOverdue(LocalDate.of(2023, 3, 2))).isTrue();
        campaigns.changeTaskStatus(campaign.getId(), task.getId(), task.getVersion(), TaskStatus.DONE, LocalDate.of(2023, 2, 27), null);
        Task done = campaigns.task(campaign.getId(), task.getId());
        assertThat(done.isOverdue(LocalDate.of(2023, 3, 2))).isFalse();
        assertThat(done.getCompletedOn()).isEqualTo(LocalDate.of(2023, 2, 27));
        assertThatThrownBy(() -> campaigns.changeTaskStatus(campaign.getId(), other.getId(), other.getVersion(),
                TaskStatus.CANCELLED, null, "")).isInstanceOf(InvalidFieldException.class).hasMessageContaining("task.status.reasonRequired");
        assertThat(campaigns.progressByDirection(campaigns.get(campaign.getId())).get(direction.getId()))
                .isEqualTo(new CampaignService.Progress(1, 2));
        assertThat(campaigns.eventsOf(done)).extracting(TaskEvent::getToStatus).containsExactly(TaskStatus.DONE, TaskStatus.OPEN);
    }

    @Test
    void everyoneReadsCampaignsButOnlyDistrictStaffChangeThem() throws Exception {
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, covered.getId());
        String page = mvc.perform(get("/campaigns/" + campaign.getId()).with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(campaign.getName()).doesNotContain("/campaigns/" + campaign.getId() + "/edit");
        mvc.perform(get("/campaigns/" + campaign.getId() + "/edit").with(user(secretary))).andExpect(status().isForbidden());
        mvc.perform(post("/campaigns/" + campaign.getId() + "/directions").with(csrf()).with(user(secretary)).param("name", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/campaigns/" + campaign.getId() + "/edit").with(user(district))).andExpect(status().isOk());
        mvc.perform(get("/campaigns/" + campaign.getId()).with(user(VillageFixtures.user(Role.TOWN_STAFF, null, null))))
                .andExpect(status().isNotFound());
    }

    @Test
    void theListShowsEachCampaignWithItsNumberOfVillages() throws Exception {
        String page = mvc.perform(get("/campaigns").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(">" + campaign.getName() + "</a>");
        String row = page.substring(page.indexOf(">" + campaign.getName() + "</a>"));
        assertThat(row.substring(0, row.indexOf("</tr>"))).contains("<td class=\"text-end\">1</td>");
    }

    @Test
    void aCoveredVillagesDossierLinksToItsCampaign() throws Exception {
        String dossier = mvc.perform(get("/villages/" + covered.getId()).with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(dossier).contains("href=\"/campaigns/" + campaign.getId() + "\"");
    }

    @Test
    void invalidCampaignInputIsShownOnTheForm() throws Exception {
        String page = mvc.perform(post("/campaigns/new").with(csrf()).with(user(district)).param("name", "").param("year", "20x3"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("必填").contains("请输入整数");
    }

    @Test
    void aRefusedTaskStepIsShownOnItsOwnRowWithTheTypedReason() throws Exception {
        Task task = campaigns.saveTask(campaign.getId(), null, null, null, "摸底排查", "专班", LocalDate.of(2023, 3, 1), Set.of());
        Task other = campaigns.saveTask(campaign.getId(), null, null, null, "建立台账", "专班", LocalDate.of(2023, 3, 1), Set.of());
        String reason = "因".repeat(501);
        String page = mvc.perform(post("/campaigns/{id}/tasks/{tid}/status", campaign.getId(), other.getId()).with(csrf())
                        .with(user(district)).param("version", other.getVersion().toString()).param("status", "CANCELLED")
                        .param("changedOn", "2023-04-01").param("reason", reason))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("不能超过 500 个字符").contains(reason);
        assertThat(page.split("不能超过 500 个字符", -1)).hasSize(2);
        assertThat(page).contains("id=\"reason-" + task.getId() + "\"");

        String noReason = mvc.perform(post("/campaigns/{id}/tasks/{tid}/status", campaign.getId(), other.getId()).with(csrf())
                        .with(user(district)).param("version", other.getVersion().toString()).param("status", "CANCELLED")
                        .param("changedOn", "2023-04-01x"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(noReason).contains("请输入日期").contains("value=\"2023-04-01x\"");
        signIn(district);
        assertThat(campaigns.task(campaign.getId(), other.getId()).getStatus()).isEqualTo(TaskStatus.OPEN);
        mvc.perform(post("/campaigns/{id}/tasks/{tid}/status", campaign.getId(), other.getId()).with(csrf())
                        .with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, covered.getId())))
                        .param("version", other.getVersion().toString()).param("status", "CANCELLED").param("reason", "x"))
                .andExpect(status().isForbidden());
    }
}
