package org.cunwu.talent.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.cadres.internal.Person;
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

/** Talent programmes: read by everyone with a scope, kept by district staff, with people enrolled and finishing. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgramTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures villages;

    @Autowired
    TalentFixtures fixtures;

    String tag;
    Village village;
    Village elsewhere;
    Program young;
    Program leaders;
    Person cadre;
    Person cadreElsewhere;

    final PortalUser district = TalentFixtures.DISTRICT;
    PortalUser townStaff;
    PortalUser secretary;

    @BeforeAll
    void createProgrammes() {
        tag = TalentFixtures.tag();
        Town town = villages.town("计划镇" + tag);
        village = villages.village("青雁村" + tag, town);
        elsewhere = villages.village("远方村" + tag, villages.town("远方镇" + tag));
        young = fixtures.program("“90青雁”年轻村支书成长计划" + tag, ProgramKind.YOUNG_SECRETARY);
        leaders = fixtures.program("头雁人才深航计划" + tag, ProgramKind.LEADER);
        cadre = fixtures.cadre("张青雁" + tag, village);
        cadreElsewhere = fixtures.cadre("李远方" + tag, elsewhere);
        townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
    }

    String page(String path, PortalUser who, int expected) throws Exception {
        return body(get(path), who, expected);
    }

    String body(MockHttpServletRequestBuilder request, PortalUser who, int expected) throws Exception {
        return mvc.perform(request.with(user(who))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    MockHttpServletRequestBuilder enroll(Program p, Person person, String mode, String from) {
        return post("/talent/" + p.getId() + "/enrollments").with(csrf()).param("personId", person.getId().toString())
                .param("mode", mode).param("fromDate", from);
    }

    @Test
    void everyoneWithAScopeReadsTheProgrammesAndTheListLinksEachOne() throws Exception {
        for (PortalUser reader : new PortalUser[] {district, townStaff, secretary, VillageFixtures.user(Role.VIEWER, null, null)}) {
            assertThat(page("/talent?q=" + tag, reader, 200))
                    .contains("<a href=\"/talent/" + young.getId() + "\">" + young.getName() + "</a>")
                    .contains(leaders.getName());
            page("/talent/" + young.getId(), reader, 200);
        }
    }

    @Test
    void anAccountWithoutAScopeSeesNoProgramme() throws Exception {
        PortalUser noVillage = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, null);
        assertThat(page("/talent?q=" + tag, noVillage, 200)).doesNotContain(young.getName());
        page("/talent/" + young.getId(), noVillage, 404);
    }

    @Test
    void theListFiltersByTextAndKindAndExportsTheSameSelection() throws Exception {
        assertThat(page("/talent?q=" + tag + "&kind=LEADER", district, 200)).contains(leaders.getName())
                .doesNotContain(young.getName());
        assertThat(page("/talent?kind=NOT_A_KIND&q=" + tag, district, 200)).contains(leaders.getName());
        assertThat(page("/talent?format=csv&q=" + tag + "&kind=YOUNG_SECRETARY", district, 200)).contains(young.getName())
                .doesNotContain(leaders.getName()).contains("青雁（年轻书记）");
        mvc.perform(get("/talent?format=xlsx").with(user(district))).andExpect(status().isOk());
    }

    @Test
    void onlyDistrictStaffCreateAndEditProgrammes() throws Exception {
        page("/talent/new", townStaff, 403);
        page("/talent/" + young.getId() + "/edit", secretary, 403);
        body(post("/talent/new").with(csrf()).param("name", "越权计划" + tag).param("kind", "TALENT"), townStaff, 403);
        assertThat(page("/talent/" + young.getId(), townStaff, 200)).doesNotContain("/enrollments\"");
        body(post("/talent/new").with(csrf()).param("name", "乡村人才智航计划" + tag).param("kind", "TALENT")
                .param("startsOn", "2023-01-01"), district, 302);
        assertThat(page("/talent?q=智航计划" + tag, secretary, 200)).contains("乡村人才智航计划" + tag);
    }

    @Test
    void aProgrammeFormWithBadInputIsShownInChinese() throws Exception {
        String page = body(post("/talent/new").with(csrf()).param("name", "").param("kind", "").param("startsOn", "2023-13-01")
                .param("description", "定制培育"), district, 200);
        assertThat(page).contains("必填").contains("请输入日期").contains("定制培育");
        String taken = body(post("/talent/new").with(csrf()).param("name", young.getName()).param("kind", "TALENT"), district, 200);
        assertThat(taken).contains("已有同名人才计划");
        String dates = body(post("/talent/new").with(csrf()).param("name", "倒置计划" + tag).param("kind", "TALENT")
                .param("startsOn", "2023-06-01").param("endsOn", "2023-01-01"), district, 200);
        assertThat(dates).contains("结束日期不能早于开始日期");
    }

    @Test
    void aPersonIsEnrolledOnceUntilTheyFinishWithAnOutcome() throws Exception {
        Program p = fixtures.program("青雁创新创业培优工程" + tag, ProgramKind.ENTREPRENEURSHIP);
        body(enroll(p, cadre, "SECONDMENT", "2023-03-01"), district, 302);
        String twice = body(enroll(p, cadre, "MENTORING", "2023-04-01"), district, 200);
        assertThat(twice).contains("该人员已在本计划中且尚未结业");
        String detail = page("/talent/" + p.getId(), district, 200);
        assertThat(detail).contains(cadre.getName()).contains("挂职式锻炼");
        Long enrollmentId = TalentFixtures.as(district, () -> fixtures.enrollmentsOf(p)).get(0).getId();
        String early = body(post("/talent/" + p.getId() + "/enrollments/" + enrollmentId + "/finish").with(csrf())
                .param("toDate", "2023-01-01").param("outcome", "回村创办电商合作社"), district, 200);
        assertThat(early).contains("不能早于开始日期").contains("value=\"回村创办电商合作社\"");
        body(post("/talent/" + p.getId() + "/enrollments/" + enrollmentId + "/finish").with(csrf())
                .param("toDate", "2023-12-31").param("outcome", "回村创办电商合作社"), district, 302);
        assertThat(page("/talent/" + p.getId(), district, 200)).contains("2023-12-31").contains("回村创办电商合作社");
        body(enroll(p, cadre, "MENTORING", "2024-03-01"), district, 302);
    }

    @Test
    void aReturnedTalentIsEnrolledLinkedToTheirPageAndSeenInTheirVillagesScopeOnly() throws Exception {
        Program p = fixtures.program("回引人才培育计划" + tag, ProgramKind.TALENT);
        Talent talent = fixtures.returned("王回乡" + tag, village, LocalDate.of(2023, 2, 1), "13700003333");
        Talent away = fixtures.returned("赵远归" + tag, elsewhere, LocalDate.of(2023, 2, 1), "13700004444");
        assertThat(page("/talent/" + p.getId(), district, 200)).contains("value=\"talent-" + talent.getId() + "\"")
                .contains("value=\"person-" + cadre.getId() + "\"");
        body(post("/talent/" + p.getId() + "/enrollments").with(csrf()).param("enrollee", "talent-" + talent.getId())
                .param("mode", "CUSTOMISED").param("fromDate", "2023-04-01"), district, 302);
        body(post("/talent/" + p.getId() + "/enrollments").with(csrf()).param("enrollee", "talent-" + away.getId())
                .param("mode", "CUSTOMISED").param("fromDate", "2023-04-01"), district, 302);
        String twice = body(post("/talent/" + p.getId() + "/enrollments").with(csrf()).param("enrollee", "talent-" + talent.getId())
                .param("mode", "MENTORING").param("fromDate", "2023-05-01"), district, 200);
        assertThat(twice).contains("该人员已在本计划中且尚未结业");
        assertThat(TalentFixtures.as(district, () -> fixtures.enrollmentsOf(p))).extracting(Enrollment::getEnrolleeName)
                .containsExactlyInAnyOrder(talent.getName(), away.getName());
        assertThat(page("/talent/" + p.getId(), district, 200))
                .contains("<a href=\"/talent/pool/" + talent.getId() + "\">" + talent.getName() + "</a>");
        assertThat(page("/talent/" + p.getId(), secretary, 200)).contains(talent.getName()).doesNotContain(away.getName());
        Talent adviser = fixtures.adviser("钱顾问" + tag, LocalDate.of(2023, 1, 1));
        String notReturned = body(post("/talent/" + p.getId() + "/enrollments").with(csrf()).param("enrollee", "talent-" + adviser.getId())
                .param("mode", "MENTORING").param("fromDate", "2023-05-01"), district, 200);
        assertThat(notReturned).contains("所选人员不存在或不在您的权限范围内");
        String garbage = body(post("/talent/" + p.getId() + "/enrollments").with(csrf()).param("enrollee", "talent-abc")
                .param("mode", "MENTORING").param("fromDate", "2023-05-01"), district, 200);
        assertThat(garbage).contains("所选人员不存在或不在您的权限范围内");
    }

    @Test
    void enrollingAndFinishingAreInTheProgrammesHistory() throws Exception {
        Program p = fixtures.program("历史记录计划" + tag, ProgramKind.TALENT);
        body(enroll(p, cadre, "MENTORING", "2023-03-01"), district, 302);
        Long enrollmentId = TalentFixtures.as(district, () -> fixtures.enrollmentsOf(p)).get(0).getId();
        body(post("/talent/" + p.getId() + "/enrollments/" + enrollmentId + "/finish").with(csrf())
                .param("toDate", "2023-11-30").param("outcome", "带头发展特色种植"), district, 302);
        String page = page("/talent/" + p.getId(), district, 200);
        String history = page.substring(page.indexOf("修改记录"));
        assertThat(history).contains("新建 · " + cadre.getName()).contains("修改 · " + cadre.getName())
                .contains("<td>结束日期</td>").contains("<td>2023-11-30</td>").contains("<td>带头发展特色种植</td>")
                .contains("<td>帮带式培养</td>").contains(district.getUsername())
                .as("the enrollment keeps only the cadre's id; the history names them").doesNotContain(Enrollment.PERSON);
    }

    @Test
    void enrollingAfterTheProgrammesEndIsRefusedBesideTheStartDate() throws Exception {
        Program p = fixtures.program("乡村工匠培育计划" + tag, ProgramKind.ENTREPRENEURSHIP); // ends 2025-12-31
        String late = body(enroll(p, cadre, "MENTORING", "2026-01-01"), district, 200);
        assertThat(late).contains("开始日期不能晚于本计划的结束日期").contains("value=\"2026-01-01\"");
        assertThat(TalentFixtures.as(district, () -> fixtures.enrollmentsOf(p))).isEmpty();
        body(enroll(p, cadre, "MENTORING", "2025-12-31"), district, 302);
    }

    @Test
    void anEnrollmentWithoutPersonOrModeIsShownInChineseAndKeepsTheDate() throws Exception {
        String page = body(post("/talent/" + leaders.getId() + "/enrollments").with(csrf()).param("personId", "")
                .param("mode", "").param("fromDate", "2023-05-26"), district, 200);
        assertThat(page).contains("必填").contains("value=\"2023-05-26\"");
    }

    @Test
    void readersSeeOnlyTheEnrolledPeopleOfTheirScope() throws Exception {
        body(enroll(leaders, cadre, "MENTORING", "2023-03-01"), district, 302);
        body(enroll(leaders, cadreElsewhere, "EXPERT_TEAM", "2023-03-01"), district, 302);
        assertThat(page("/talent/" + leaders.getId(), district, 200)).contains(cadre.getName(), cadreElsewhere.getName());
        assertThat(page("/talent/" + leaders.getId(), secretary, 200)).contains(cadre.getName())
                .doesNotContain(cadreElsewhere.getName());
        assertThat(page("/talent/" + leaders.getId(), townStaff, 200)).contains(cadre.getName())
                .doesNotContain(cadreElsewhere.getName());
    }

    @Test
    void anOverlongOutcomeIsRefusedOnItsEnrollmentsRowWithWhatWasTyped() throws Exception {
        Program p = fixtures.program("青雁结业" + tag, ProgramKind.ENTREPRENEURSHIP);
        body(enroll(p, cadre, "SECONDMENT", "2023-03-01"), district, 302);
        Long enrollmentId = TalentFixtures.as(district, () -> fixtures.enrollmentsOf(p)).get(0).getId();
        String outcome = "成".repeat(1001);
        String page = body(post("/talent/" + p.getId() + "/enrollments/" + enrollmentId + "/finish").with(csrf())
                .param("toDate", "2023-12-31").param("outcome", outcome), district, 200);
        assertThat(page).contains("不能超过 1000 个字符").contains(outcome);
        String badDay = body(post("/talent/" + p.getId() + "/enrollments/" + enrollmentId + "/finish").with(csrf())
                .param("toDate", "0002-01-01").param("outcome", "结业"), district, 200);
        assertThat(badDay).contains("value=\"0002-01-01\"").contains("value=\"结业\"");
        assertThat(TalentFixtures.as(district, () -> fixtures.enrollmentsOf(p)).get(0).getToDate()).isNull();
    }
}
