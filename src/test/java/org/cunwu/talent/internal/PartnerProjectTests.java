package org.cunwu.talent.internal;

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
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Partner projects (乡村振兴合伙人) per role, and the applications they receive moving only along allowed steps:
 * submitted → shortlisted → accepted, or rejected with a reason.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerProjectTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures villages;

    @Autowired
    TalentFixtures fixtures;

    @Autowired
    PartnerService partners;

    String tag;
    Town town;
    Village village;
    Village neighbour;
    Village elsewhere;
    PartnerProject project;
    PartnerProject projectElsewhere;

    final PortalUser district = TalentFixtures.DISTRICT;
    PortalUser townStaff;
    PortalUser secretary;
    PortalUser otherSecretary;

    @BeforeAll
    void createProjects() {
        tag = TalentFixtures.tag();
        town = villages.town("合伙镇" + tag);
        village = villages.village("露营村" + tag, town);
        neighbour = villages.village("邻村" + tag, town);
        elsewhere = villages.village("远村" + tag, villages.town("远镇" + tag));
        project = fixtures.partner("半山露营运营合伙人" + tag, village, LocalDate.of(2023, 4, 1));
        projectElsewhere = fixtures.partner("电商直播基地合伙人" + tag, elsewhere, LocalDate.of(2023, 5, 1));
        townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        otherSecretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, neighbour.getId());
    }

    String page(String path, PortalUser who, int expected) throws Exception {
        return body(get(path), who, expected);
    }

    String body(MockHttpServletRequestBuilder request, PortalUser who, int expected) throws Exception {
        return mvc.perform(request.with(user(who))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    String detail(PartnerProject p) {
        return "/talent/partners/" + p.getId();
    }

    PartnerApplication move(PartnerApplication a, ApplicationStatus next, String reason) {
        return TalentFixtures.as(district, () -> partners.moveApplication(a.getProject().getId(), a.getId(), a.getVersion(), next, reason));
    }

    @Test
    void aSecretaryOfAnotherVillageGetsNotFoundForAPartnerProject() throws Exception {
        page(detail(project), otherSecretary, 404);
        page(detail(project) + "/edit", otherSecretary, 404);
        assertThat(page("/talent/partners?q=" + tag, otherSecretary, 200)).doesNotContain(project.getTitle());
    }

    @Test
    void aSecretaryReadsTheirVillagesProjectWithMaskedApplicantPhonesButChangesNothing() throws Exception {
        PartnerProject own = fixtures.partner("稻虾共作品牌合伙人" + tag, village, LocalDate.of(2023, 6, 1));
        fixtures.application(own, "申请人甲" + tag);
        String page = page(detail(own), secretary, 200);
        assertThat(page).contains("申请人甲" + tag).contains("138****1111").doesNotContain("13800001111")
                .doesNotContain("/applications\"");
        page(detail(own) + "/edit", secretary, 403);
        body(post(detail(own) + "/applications").with(csrf()).param("applicant", "某人").param("submittedOn", "2023-06-10"),
                secretary, 403);
        page("/talent/partners/new", secretary, 403);
    }

    @Test
    void townStaffEditTheirTownsProjectsButNotAnotherTowns() throws Exception {
        assertThat(page(detail(project) + "/edit", townStaff, 200)).contains(project.getTitle());
        page(detail(projectElsewhere), townStaff, 404);
        page(detail(projectElsewhere) + "/edit", townStaff, 404);
        String list = page("/talent/partners?q=" + tag, townStaff, 200);
        assertThat(list).contains(project.getTitle()).doesNotContain(projectElsewhere.getTitle());
        String refused = body(post("/talent/partners/new").with(csrf()).param("title", "越界项目" + tag)
                .param("villageId", elsewhere.getId().toString()).param("openFrom", "2023-07-01"), townStaff, 200);
        assertThat(refused).contains("所选村（社区）不存在或不在您的权限范围内");
    }

    @Test
    void theListLinksEachProjectAndExportsWhatItSelects() throws Exception {
        String list = page("/talent/partners?q=" + tag, district, 200);
        assertThat(list).contains("<a href=\"/talent/partners/" + project.getId() + "\">" + project.getTitle() + "</a>")
                .contains(projectElsewhere.getTitle()).contains("300.50");
        assertThat(page("/talent/partners?q=" + tag + "&villageId=" + village.getId(), district, 200))
                .doesNotContain(projectElsewhere.getTitle());
        assertThat(page("/talent/partners?format=csv&q=" + tag, townStaff, 200)).contains(project.getTitle())
                .doesNotContain(projectElsewhere.getTitle());
        mvc.perform(get("/talent/partners?format=xlsx").with(user(district))).andExpect(status().isOk());
    }

    @Test
    void anApplicationMovesFromSubmittedThroughShortlistedToAccepted() {
        PartnerApplication a = fixtures.application(project, "创业者乙" + tag);
        assertThat(a.getStatus()).isEqualTo(ApplicationStatus.SUBMITTED);
        PartnerApplication shortlisted = move(a, ApplicationStatus.SHORTLISTED, null);
        PartnerApplication accepted = move(shortlisted, ApplicationStatus.ACCEPTED, null);
        assertThat(accepted.getStatus()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.getStatus().isFinal()).isTrue();
    }

    @Test
    void anApplicationIsRejectedOnlyWithAReasonWhichIsKept() {
        PartnerApplication a = fixtures.application(project, "创业者丙" + tag);
        assertThatThrownBy(() -> move(a, ApplicationStatus.REJECTED, "  ")).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("application.reasonRequired");
        PartnerApplication rejected = move(a, ApplicationStatus.REJECTED, "投资额不足");
        assertThat(rejected.getStatus()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(rejected.getRejectionReason()).isEqualTo("投资额不足");
    }

    @Test
    void skippingTheShortlistOrReopeningAFinishedApplicationIsRefused() {
        PartnerApplication a = fixtures.application(project, "创业者丁" + tag);
        assertThatThrownBy(() -> move(a, ApplicationStatus.ACCEPTED, null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("application.status.notAllowed");
        assertThatThrownBy(() -> move(a, ApplicationStatus.SUBMITTED, null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("application.status.notAllowed");
        PartnerApplication rejected = move(a, ApplicationStatus.REJECTED, "方案与村情不符");
        assertThatThrownBy(() -> move(rejected, ApplicationStatus.SHORTLISTED, null)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("application.status.final");
    }

    @Test
    void anIllegalStepSentFromThePageIsRefusedWithAClearChineseMessage() throws Exception {
        PartnerApplication a = fixtures.application(project, "创业者戊" + tag);
        String skipped = body(post(detail(project) + "/applications/" + a.getId() + "/status").with(csrf())
                .param("version", a.getVersion().toString()).param("status", "ACCEPTED"), townStaff, 200);
        assertThat(skipped).contains("不能这样变更").contains("已报名");
        String noReason = body(post(detail(project) + "/applications/" + a.getId() + "/status").with(csrf())
                .param("version", a.getVersion().toString()).param("status", "REJECTED"), townStaff, 200);
        assertThat(noReason).contains("改为“未通过”须写明原因");
        body(post(detail(project) + "/applications/" + a.getId() + "/status").with(csrf())
                .param("version", a.getVersion().toString()).param("status", "SHORTLISTED"), townStaff, 302);
        String stale = body(post(detail(project) + "/applications/" + a.getId() + "/status").with(csrf())
                .param("version", a.getVersion().toString()).param("status", "REJECTED").param("reason", "已有更好方案"), townStaff, 200);
        assertThat(stale).contains("其他人已修改了这条记录").contains("value=\"已有更好方案\"");
        assertThat(page(detail(project), townStaff, 200)).contains("入围");
    }

    @Test
    void anApplicationsStatusChangesAreInTheProjectsHistoryWithWhoAndWhichApplicant() throws Exception {
        body(post(detail(project) + "/applications").with(csrf()).param("applicant", "记录者" + tag)
                .param("phone", "13900002222").param("submittedOn", "2023-06-10"), townStaff, 302);
        PartnerApplication a = TalentFixtures.as(district, () -> partners.applicationsOf(project)).stream()
                .filter(x -> x.getApplicant().equals("记录者" + tag)).findFirst().orElseThrow();
        body(post(detail(project) + "/applications/" + a.getId() + "/status").with(csrf())
                .param("version", a.getVersion().toString()).param("status", "SHORTLISTED"), townStaff, 302);
        body(post(detail(project) + "/applications/" + a.getId() + "/status").with(csrf())
                .param("version", String.valueOf(a.getVersion() + 1)).param("status", "REJECTED").param("reason", "方案不成熟"), townStaff, 302);
        String page = page(detail(project), district, 200);
        String history = page.substring(page.indexOf("修改记录"));
        assertThat(history).contains("新建 · 记录者" + tag).contains("修改 · 记录者" + tag).contains("<td>状态</td>")
                .contains("<td>已报名</td>").contains("<td>入围</td>").contains("方案不成熟").contains(townStaff.getUsername())
                .as("the phone is not in the history").doesNotContain("13900002222");
        assertThat(history.indexOf("方案不成熟")).as("newest first").isLessThan(history.indexOf("新建 · 记录者" + tag));
    }

    @Test
    void anApplicationWithBadInputComesBackInChineseWithWhatWasTyped() throws Exception {
        String page = body(post(detail(project) + "/applications").with(csrf()).param("applicant", "")
                .param("organisation", "沂蒙农业公司" + tag).param("phone", "8888").param("submittedOn", "2023-04-10"), district, 200);
        assertThat(page).contains("必填").contains("请输入 11 位手机号").contains("value=\"沂蒙农业公司" + tag + "\"")
                .contains("value=\"8888\"");
        String late = body(post(detail(project) + "/applications").with(csrf()).param("applicant", "迟到者" + tag)
                .param("submittedOn", "2024-12-01"), district, 200);
        assertThat(late).contains("报名日期须在招募期内").contains("value=\"迟到者" + tag + "\"");
        body(post(detail(project) + "/applications").with(csrf()).param("applicant", "按时者" + tag)
                .param("submittedOn", "2023-04-10").param("phone", "13812345678"), district, 302);
        assertThat(page(detail(project), district, 200)).contains("按时者" + tag).contains("13812345678");
    }

    @Test
    void aNewApplicationIsDatedTodayNotTheRecruitmentDeadline() throws Exception {
        PartnerProject p = fixtures.partner("民宿改造合伙人" + tag, village, LocalDate.of(2023, 9, 1)); // deadline 2024-03-01
        String page = page(detail(p), district, 200);
        assertThat(page).contains("value=\"" + LocalDate.now() + "\"").doesNotContain("value=\"" + p.getOpenTo() + "\"");
    }

    @Test
    void anOpenProjectPastItsDeadlineReadsClosedForApplicationsAndFiltersApart() throws Exception {
        PartnerProject past = fixtures.partner("过期招募合伙人" + tag, village, LocalDate.of(2023, 1, 1)); // deadline 2023-07-01
        PartnerProject current = fixtures.partner("当前招募合伙人" + tag, village, LocalDate.now().minusMonths(1));
        assertThat(past.isExpired(LocalDate.now())).isTrue();
        assertThat(current.isExpired(LocalDate.now())).isFalse();
        assertThat(page(detail(past), district, 200)).containsPattern("<span class=\"badge[^\"]*\">已截止</span>");
        String open = page("/talent/partners?q=招募合伙人" + tag + "&status=OPEN", district, 200);
        assertThat(open).contains("当前招募合伙人" + tag).doesNotContain("过期招募合伙人" + tag);
        String expired = page("/talent/partners?q=招募合伙人" + tag + "&status=EXPIRED", district, 200);
        assertThat(expired).contains("过期招募合伙人" + tag).doesNotContain("当前招募合伙人" + tag)
                .containsPattern("<option value=\"EXPIRED\" selected");
        assertThat(page("/talent/partners?q=招募合伙人" + tag, district, 200)).contains("已截止").contains("招募中");
    }

    @Test
    void aProjectIsMatchedOnlyOnceAnApplicationWasAcceptedAndThenTakesNoMoreApplications() throws Exception {
        PartnerProject p = fixtures.partner("软枣猕猴桃深加工合伙人" + tag, village, LocalDate.of(2023, 8, 1));
        String refused = body(post(detail(p) + "/edit").with(csrf()).param("title", p.getTitle())
                .param("villageId", village.getId().toString()).param("openFrom", "2023-08-01").param("status", "MATCHED")
                .param("version", p.getVersion().toString()), district, 200);
        assertThat(refused).contains("须先有一份已签约的报名");
        PartnerApplication a = fixtures.application(p, "签约者" + tag);
        move(move(a, ApplicationStatus.SHORTLISTED, null), ApplicationStatus.ACCEPTED, null);
        body(post(detail(p) + "/edit").with(csrf()).param("title", p.getTitle()).param("villageId", village.getId().toString())
                .param("openFrom", "2023-08-01").param("status", "MATCHED").param("version", p.getVersion().toString()), district, 302);
        assertThatThrownBy(() -> fixtures.application(p, "后来者" + tag)).isInstanceOf(InvalidFieldException.class)
                .hasMessageContaining("application.projectNotOpen");
        assertThat(page(detail(p), district, 200)).contains("已对接").contains("该项目已不在招募中");
    }

    @Test
    void aProjectFormWithBadInputIsShownInChinese() throws Exception {
        String page = body(post("/talent/partners/new").with(csrf()).param("title", "").param("investmentWan", "很多")
                .param("villageId", village.getId().toString()).param("openFrom", "2023-09-01").param("openTo", "2023-08-01"),
                district, 200);
        assertThat(page).contains("必填").contains("请输入数字").contains("value=\"很多\"");
        String dates = body(post("/talent/partners/new").with(csrf()).param("title", "文创街区运营合伙人" + tag)
                .param("villageId", village.getId().toString()).param("openFrom", "2023-09-01").param("openTo", "2023-08-01"),
                district, 200);
        assertThat(dates).contains("招募截止日期不能早于开始日期");
    }
}
