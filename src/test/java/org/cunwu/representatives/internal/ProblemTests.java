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
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.IntegrationTest;
import org.cunwu.inbox.InboxTestAccess;
import org.cunwu.representatives.ProblemService;
import org.cunwu.shared.DateRange;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Receptions open pre-filled problems; problems move along allowed steps; counts follow the period to the day. */
@IntegrationTest
class ProblemTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    ProblemService problems;

    @Autowired
    ReceptionService receptions;

    String tag;
    Village own;
    Village other;
    PortalUser secretary;
    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);


    @BeforeEach
    void createVillages() {
        tag = VillageFixtures.freshCode().substring(0, 5);
        own = fixtures.village("问题村" + tag, fixtures.town("问题镇" + tag));
        other = fixtures.village("邻村" + tag, fixtures.town("邻镇" + tag));
        secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, own.getId());
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    Problem report(String title, Village in, LocalDate on, boolean petition) {
        signIn(district);
        ProblemForm form = new ProblemForm();
        form.setVillageId(in.getId());
        form.setTitle(title);
        form.setCategoryId(problems.categories().get(0).getId());
        form.setReportedOn(on);
        form.setPetition(petition);
        return problems.saveProblem(null, form);
    }

    @Test
    void aReceptionOpensAPreFilledProblemInItsVillage() throws Exception {
        mvc.perform(post("/receptions/new").with(csrf()).with(user(secretary)).param("receivedOn", "2023-06-01")
                        .param("residentName", "李大爷").param("topic", "路灯不亮" + tag).param("peopleCount", "3"))
                .andExpect(status().is3xxRedirection());
        signIn(district);
        Reception reception = receptions.receptions(new ReceptionFilter("路灯不亮" + tag, null, null, DateRange.ANY),
                PageRequest.of(0, 1)).getContent().get(0);
        assertThat(reception.getVillage().getId()).isEqualTo(own.getId());
        String form = mvc.perform(get("/problems/new").param("receptionId", reception.getId().toString()).with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(form).contains("value=\"路灯不亮" + tag + "\"").contains("value=\"2023-06-01\"");
    }

    @Test
    void problemsMoveAlongAllowedStepsAndResolutionNeedsANoteAndASensibleDate() {
        Problem p = report("排水沟堵塞" + tag, own, LocalDate.of(2023, 5, 1), false);
        assertThatThrownBy(() -> problems.moveProblem(p.getId(), p.getVersion(), ProblemStatus.RESOLVED, LocalDate.of(2023, 5, 3), ""))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("problem.resolved.textRequired");
        assertThatThrownBy(() -> problems.moveProblem(p.getId(), p.getVersion(), ProblemStatus.RESOLVED, LocalDate.of(2023, 4, 30), "疏通"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("problem.resolvedOn.beforeReport");
        Problem assigned = problems.moveProblem(p.getId(), p.getVersion(), ProblemStatus.ASSIGNED, null, "村委会");
        Problem resolved = problems.moveProblem(p.getId(), assigned.getVersion(), ProblemStatus.RESOLVED, LocalDate.of(2023, 5, 8), "已疏通");
        assertThat(resolved.getDaysToResolve()).isEqualTo(7);
        assertThatThrownBy(() -> problems.moveProblem(p.getId(), resolved.getVersion(), ProblemStatus.ESCALATED, null, "再上报"))
                .isInstanceOf(InvalidFieldException.class).hasMessageContaining("problem.status.notAllowed");
    }

    @Test
    void petitionsResolvedAreCountedByTheDayTheyWereResolved() {
        Problem lateDecember = report("信访甲" + tag, own, LocalDate.of(2023, 12, 1), true);
        Problem newYear = report("信访乙" + tag, own, LocalDate.of(2023, 12, 1), true);
        problems.moveProblem(lateDecember.getId(), lateDecember.getVersion(), ProblemStatus.RESOLVED, LocalDate.of(2023, 12, 31), "化解");
        problems.moveProblem(newYear.getId(), newYear.getVersion(), ProblemStatus.RESOLVED, LocalDate.of(2024, 1, 1), "化解");
        assertThat(problems.countPetitionsResolvedIn(List.of(own.getId()), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)))
                .isEqualTo(1);
        assertThat(problems.countPetitionsResolvedIn(List.of(own.getId()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))
                .isEqualTo(1);
    }

    @Test
    void anotherVillagesProblemIsNotFoundAndTheOverdueFilterUsesTheConfiguredDays() throws Exception {
        Problem elsewhere = report("邻村问题" + tag, other, LocalDate.of(2023, 1, 1), false);
        mvc.perform(get("/problems/" + elsewhere.getId()).with(user(secretary))).andExpect(status().isNotFound());
        report("久拖问题" + tag, own, LocalDate.now().minusDays(problems.overdueDays() + 1), false);
        report("新问题" + tag, own, LocalDate.now(), false);
        String page = mvc.perform(get("/problems").param("overdue", "true").with(user(secretary)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("久拖问题" + tag).doesNotContain("新问题" + tag).doesNotContain("邻村问题" + tag);
    }

    @Test
    void aSecretarysHomePageListsTodaysOpenProblemsAndResolvesOneInALine() throws Exception {
        Problem open = report("待办问题" + tag, own, LocalDate.now().minusDays(2), false);
        report("邻村待办" + tag, other, LocalDate.now(), false);
        String home = mvc.perform(get("/").with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(home).contains("待办问题" + tag).doesNotContain("邻村待办" + tag).contains("登记民意接待");
        mvc.perform(post("/problems/" + open.getId() + "/status").with(csrf()).with(user(secretary))
                        .param("version", open.getVersion().toString()).param("status", "RESOLVED")
                        .param("on", LocalDate.now().toString()).param("text", "已处理"))
                .andExpect(status().is3xxRedirection());
        signIn(district);
        assertThat(problems.problem(open.getId()).getStatus()).isEqualTo(ProblemStatus.RESOLVED);
        String districtHome = mvc.perform(get("/").with(user(district))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(districtHome).doesNotContain("登记民意接待");
    }

    @Test
    void theSameReceptionFormSentTwiceRecordsOneReception() throws Exception {
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/receptions/new").with(csrf()).with(user(secretary)).param("token", "tap-twice-" + tag)
                            .param("receivedOn", "2023-06-01").param("residentName", "钱大爷").param("topic", "双击" + tag).param("peopleCount", "1"))
                    .andExpect(status().is3xxRedirection());
        }
        signIn(district);
        assertThat(receptions.receptions(new ReceptionFilter("双击" + tag, null, null, DateRange.ANY),
                PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboxTestAccess inboxJob;

    boolean inboxOpen(String key) {
        return jdbc.queryForObject("select count(*) from inbox_item where dedupe_key = ? and closed_at is null", Long.class, key) == 1;
    }

    String inbox(PortalUser reader) throws Exception {
        return mvc.perform(get("/inbox").with(user(reader))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    void move(Problem problem, String to, String text) throws Exception {
        signIn(district);
        Long version = problems.problem(problem.getId()).getVersion();
        SecurityContextHolder.clearContext();
        mvc.perform(post("/problems/" + problem.getId() + "/status").with(csrf()).with(user(secretary)).param("version", version.toString())
                .param("status", to).param("on", LocalDate.now().toString()).param("text", text)).andExpect(status().is3xxRedirection());
    }

    @Test
    void assigningOrEscalatingAProblemPutsItInTheInboxAtOnceAndResolvingItTakesItOut() throws Exception {
        Problem problem = report("桥面破损" + tag, own, LocalDate.now().minusDays(3), false);
        String assigned = "representatives:problem-assigned:" + problem.getId();
        String escalated = "representatives:problem-escalated:" + problem.getId();
        PortalUser townStaff = VillageFixtures.user(Role.TOWN_STAFF, own.getTown().getId(), null);
        PortalUser otherTown = VillageFixtures.user(Role.TOWN_STAFF, other.getTown().getId(), null);
        long jobRuns = jdbc.queryForObject("select count(*) from inbox_job_run", Long.class);

        move(problem, "ASSIGNED", "王组长");
        assertThat(inboxOpen(assigned)).as("posted by the step itself, not by the daily job").isTrue();
        assertThat(inbox(secretary)).contains("问题已交办给 王组长，待办结：桥面破损" + tag);
        assertThat(inbox(townStaff)).doesNotContain("桥面破损" + tag);

        move(problem, "ESCALATED", "涉及跨村道路，需镇街协调");
        assertThat(inboxOpen(assigned)).isFalse();
        assertThat(inboxOpen(escalated)).isTrue();
        assertThat(inbox(townStaff)).contains("问题已上报镇街：桥面破损" + tag);
        assertThat(inbox(otherTown)).doesNotContain("桥面破损" + tag);
        assertThat(jdbc.queryForObject("select count(*) from inbox_job_run", Long.class)).as("no daily job ran").isEqualTo(jobRuns);

        // the daily job lists the escalated problem again, so its sweep keeps the item open
        LocalDate day = LocalDate.of(2001, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(20_000));
        assertThat(inboxJob.runDailyJob(day)).isTrue();
        assertThat(inboxOpen(escalated)).isTrue();

        move(problem, "RESOLVED", "镇街协调修复");
        assertThat(inboxOpen(escalated)).isFalse();
        assertThat(inbox(townStaff)).doesNotContain("桥面破损" + tag);
    }
}
