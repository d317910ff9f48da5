package org.cunwu.cadres.internal;

import static org.cunwu.villages.VillageFixtures.signIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.cadres.Gender;
import org.cunwu.IntegrationTest;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.history.HistoryEntry;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** Scope and masking of cadres, the derived 90后 filter, one current secretary even under races, adjustments, and roster import. */
@IntegrationTest
class CadreTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    CadreService cadres;

    @Autowired
    HistoryService history;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    String tag;
    Town town;
    Town otherTown;
    Village village;
    Village otherVillage;
    Person secretary;


    Long postType(String code) {
        return cadres.postTypes().stream().filter(t -> t.getCode().equals(code)).findFirst().orElseThrow().getId();
    }

    Person person(String name, LocalDate born, Village in, String post) {
        return cadres.create(new PersonDetails(name, Gender.FEMALE, born, "13812341234", Education.BACHELOR, null, false),
                in.getId(), postType(post), LocalDate.of(2021, 1, 18));
    }

    @BeforeEach
    void createCadres() {
        tag = VillageFixtures.freshCode().substring(0, 5);
        town = fixtures.town("干部镇" + tag);
        otherTown = fixtures.town("别镇" + tag);
        village = fixtures.village("干部村" + tag, town);
        otherVillage = fixtures.village("别村" + tag, otherTown);
        signIn(district);
        secretary = person("书记" + tag, LocalDate.of(1990, 1, 1), village, "PARTY_SECRETARY");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    String page(String path, PortalUser who, int expected) throws Exception {
        return mvc.perform(get(path).with(user(who))).andExpect(status().is(expected))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void secretariesReadTheirOwnVillagesCadresOnlyAndSeePhonesMasked() throws Exception {
        PortalUser own = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        PortalUser other = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, otherVillage.getId());
        String detail = page("/cadres/" + secretary.getId(), own, 200);
        assertThat(detail).contains("138****1234").doesNotContain("13812341234");
        page("/cadres/" + secretary.getId() + "/edit", own, 403);
        page("/cadres/" + secretary.getId(), other, 404);
        assertThat(page("/cadres?q=" + secretary.getName(), other, 200)).doesNotContain(">" + secretary.getName() + "</a>");
        assertThat(page("/cadres/" + secretary.getId(), district, 200)).contains("13812341234");
        String csv = page("/cadres?format=csv&q=" + secretary.getName(), VillageFixtures.user(Role.VIEWER, null, null), 200);
        assertThat(csv).contains(secretary.getName()).contains("138****1234").doesNotContain("13812341234");
    }

    @Test
    void townStaffEditTheirTownsCadresAndNothingElse() throws Exception {
        signIn(district);
        Person elsewhere = person("外镇" + tag, LocalDate.of(1980, 5, 5), otherVillage, "COMMITTEE_MEMBER");
        PortalUser townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        page("/cadres/" + secretary.getId() + "/edit", townStaff, 200);
        page("/cadres/" + elsewhere.getId(), townStaff, 404);
        page("/cadres/" + elsewhere.getId() + "/edit", townStaff, 404);
    }

    @Test
    void theNinetiesFilterIsDerivedFromTheBirthDateInclusiveOfBothEnds() throws Exception {
        person("末" + tag, LocalDate.of(1999, 12, 31), village, "COMMITTEE_MEMBER");
        person("早" + tag, LocalDate.of(1989, 12, 31), village, "COMMITTEE_MEMBER");
        person("晚" + tag, LocalDate.of(2000, 1, 1), village, "COMMITTEE_MEMBER");
        List<String> names = cadres.list(new CadreFilter(null, null, village.getId(), null, null, true, null),
                PageRequest.of(0, 50)).map(p -> p.getPerson().getName()).getContent();
        assertThat(names).containsExactlyInAnyOrder("书记" + tag, "末" + tag);
    }

    @Test
    void appointingANewSecretaryEndsThePreviousOneInTheSameStep() {
        Person next = person("新书记" + tag, LocalDate.of(1985, 3, 3), village, "COMMITTEE_MEMBER");
        cadres.appoint(next.getId(), village.getId(), postType("PARTY_SECRETARY"), LocalDate.of(2023, 6, 1), EndReason.NOT_COMPETENT, "调整");
        PostHeld old = cadres.postsOf(secretary).get(0);
        assertThat(old.getToDate()).isEqualTo(LocalDate.of(2023, 6, 1));
        assertThat(old.getEndReason()).isEqualTo(EndReason.NOT_COMPETENT);
        assertThat(cadres.postsIn(village).stream().filter(p -> p.isCurrent() && p.getPostType().isSecretary()))
                .extracting(p -> p.getPerson().getId()).containsExactly(next.getId());
        assertThat(cadres.adjustmentsIn(List.of(village.getId()), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).hasSize(1);
        assertThat(cadres.adjustmentsIn(List.of(village.getId()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
    }

    @Test
    void twoSecretariesAppointedAtOnceLeaveExactlyOneCurrent() throws Exception {
        Village fresh = fixtures.village("竞争村" + tag, town);
        Person a = person("甲" + tag, LocalDate.of(1980, 1, 1), fresh, "COMMITTEE_MEMBER");
        Person b = person("乙" + tag, LocalDate.of(1981, 1, 1), fresh, "COMMITTEE_MEMBER");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        for (Person p : List.of(a, b)) {
            results.add(pool.submit(() -> {
                signIn(district);
                start.await();
                try {
                    cadres.appoint(p.getId(), fresh.getId(), postType("PARTY_SECRETARY"), LocalDate.of(2023, 1, 1), EndReason.TERM_ENDED, null);
                    return "ok";
                } catch (InvalidFieldException e) {
                    return e.messageKey();
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        pool.shutdown();
        long current = cadres.postsIn(fresh).stream().filter(p -> p.isCurrent() && p.getPostType().isSecretary()).count();
        assertThat(current).isEqualTo(1);
        assertThat(Collections.frequency(outcomes, "ok")).as("outcomes %s", outcomes).isGreaterThanOrEqualTo(1);
    }

    byte[] roster(List<List<String>> rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("名册");
            var header = sheet.createRow(0);
            for (int i = 0; i < CadreSheet.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(CadreSheet.HEADERS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r + 1);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }

    String upload(byte[] file) throws Exception {
        return mvc.perform(multipart("/cadres/import").file(new MockMultipartFile("file", "roster.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).with(csrf()).with(user(district)))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** MockMvc's user() leaves the thread signed out; the service calls of the test sign in again. */
    String uploadAsDistrict(byte[] file) throws Exception {
        String page = upload(file);
        signIn(district);
        return page;
    }

    @Test
    void aRosterWithOneBadRowImportsNothingAndNamesTheRow() throws Exception {
        String page = uploadAsDistrict(roster(List.of(
                List.of("导入甲" + tag, "男", "1991-02-03", "13900000001", "本科", "", "否", village.getCode(), "", "村委委员", "2021-01-18"),
                List.of("导入乙" + tag, "未知", "1991-13-03", "123", "本科", "", "否", "000000000000", "", "村长", "2021-01-18"))));
        assertThat(page).contains("第 3 行").contains("取值不正确").contains("日期格式不正确").contains("电话格式不正确")
                .contains("村（社区）代码不存在").contains("职务不存在");
        assertThat(cadres.list(new CadreFilter("导入甲" + tag, null, null, null, null, null, null),
                PageRequest.of(0, 5)).getTotalElements()).isZero();
    }

    @Test
    void aValidRosterImportsEveryRowAndTheExportImportsAgain() throws Exception {
        String result = uploadAsDistrict(roster(List.of(
                List.of("导入丙" + tag, "女", "1995-06-07", "13900000002", "大专", "2018-07-01", "是", village.getCode(), "", "村委委员", "2021-01-18"),
                List.of("导入丙" + tag, "女", "1995-06-07", "13900000002", "大专", "2018-07-01", "是", village.getCode(), "", "村务监督委员会主任",
                        "2021-01-18", "2023-03-01", "辞职", ""))));
        assertThat(result).doesNotContain("未导入任何数据");
        var imported = cadres.list(new CadreFilter("导入丙" + tag, null, null, null, null, null, null),
                PageRequest.of(0, 5));
        assertThat(imported.getTotalElements()).isEqualTo(2);
        assertThat(imported.map(p -> p.getPerson().getId()).getContent()).as("one person, two posts").containsOnly(
                imported.getContent().get(0).getPerson().getId());
        byte[] export = mvc.perform(get("/cadres").param("q", "导入丙" + tag).param("format", "xlsx").with(user(district)))
                .andReturn().getResponse().getContentAsByteArray();
        signIn(district);
        String page = uploadAsDistrict(export);
        assertThat(page).doesNotContain("未导入任何数据");
        assertThat(cadres.list(new CadreFilter("导入丙" + tag, null, null, null, null, null, null),
                PageRequest.of(0, 5)).getTotalElements()).as("re-import adds nothing twice").isEqualTo(2);
    }

    @Test
    void aSuccessfulImportSaysHowManyRowsAndPeopleItAddedAndLeftAlone() throws Exception {
        byte[] file = roster(List.of(
                List.of("导入丁" + tag, "女", "1993-06-07", "13900000003", "大专", "", "否", village.getCode(), "", "村委委员", "2021-01-18"),
                List.of("导入戊" + tag, "男", "1990-01-02", "13900000004", "本科", "", "否", village.getCode(), "", "村务监督委员会主任",
                        "2021-01-18")));
        var first = imported(file);
        assertThat(first.getFlashMap().get("importSummary")).isEqualTo(new CadreImport.Summary(2, 2, 0, 2, 0));
        // the redirect's page, in the same session, says so
        String list = mvc.perform(get(first.getResponse().getRedirectedUrl()).cookie(first.getResponse().getCookies())
                        .with(user(district))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(list).contains("本次导入 2 行：新增职务记录 2 条，0 行已有相同记录、未改动；新建人员 2 人，0 人为已有人员。");
        var again = imported(file);
        assertThat(again.getFlashMap().get("importSummary")).as("the same file again changes nothing")
                .isEqualTo(new CadreImport.Summary(2, 0, 2, 0, 2));
    }

    MvcResult imported(byte[] file) throws Exception {
        var result = mvc.perform(multipart("/cadres/import").file(new MockMultipartFile("file", "roster.xlsx",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", file)).with(csrf()).with(user(district)))
                .andExpect(status().is3xxRedirection()).andReturn();
        signIn(district);
        return result;
    }

    @Test
    void aVillagesExportWithItsSecretaryHistoryImportsAgainUnchanged() throws Exception {
        Person next = person("继任" + tag, LocalDate.of(1986, 4, 4), village, "COMMITTEE_MEMBER");
        cadres.appoint(next.getId(), village.getId(), postType("PARTY_SECRETARY"), LocalDate.of(2023, 6, 1), EndReason.NOT_COMPETENT, "调整");
        long before = cadres.list(new CadreFilter(null, null, village.getId(), null, null, null, null),
                PageRequest.of(0, 50)).getTotalElements();
        byte[] export = mvc.perform(get("/cadres").param("villageId", village.getId().toString()).param("format", "xlsx").with(user(district)))
                .andReturn().getResponse().getContentAsByteArray();
        signIn(district);
        String page = uploadAsDistrict(export);
        assertThat(page).doesNotContain("未导入任何数据");
        var after = cadres.list(new CadreFilter(null, null, village.getId(), null, null, null, null),
                PageRequest.of(0, 50));
        assertThat(after.getTotalElements()).isEqualTo(before);
        assertThat(after.getContent().stream().filter(p -> p.isCurrent() && p.getPostType().isSecretary()))
                .extracting(p -> p.getPerson().getId()).containsExactly(next.getId());
    }

    @Test
    void aVillageCodeTypedAsANumberInExcelIsRead() throws Exception {
        byte[] file;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet("名册");
            var header = sheet.createRow(0);
            for (int i = 0; i < CadreSheet.HEADERS.size(); i++) {
                header.createCell(i).setCellValue(CadreSheet.HEADERS.get(i));
            }
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("数字码" + tag);
            row.createCell(1).setCellValue("男");
            row.createCell(3).setCellValue(13900000003d);
            row.createCell(7).setCellValue(Double.parseDouble(village.getCode()));
            row.createCell(9).setCellValue("村委委员");
            row.createCell(10).setCellValue("2021-01-18");
            workbook.write(out);
            file = out.toByteArray();
        }
        assertThat(uploadAsDistrict(file)).doesNotContain("未导入任何数据");
        assertThat(cadres.list(new CadreFilter("数字码" + tag, null, null, null, null, null, null),
                PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void theVillageDossierShowsItsCurrentCadres() throws Exception {
        assertThat(page("/villages/" + village.getId(), district, 200)).contains(">" + secretary.getName() + "</a>");
    }

    // ---- ending, replacing and correcting posts (issue 11 item 4)

    PostHeld currentPostOf(Person person) {
        return cadres.postsOf(person).stream().filter(PostHeld::isCurrent).findFirst().orElseThrow();
    }

    String refused(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aPostEndWithoutAReasonOrConfirmationIsRefusedWithTheInputKept() throws Exception {
        PostHeld post = currentPostOf(secretary);
        String page = refused(post("/cadres/posts/{id}/end", post.getId()).with(csrf()).with(user(district))
                .param("version", post.getVersion().toString()).param("toDate", "2024-03-05").param("endNote", "换届说明" + tag));
        assertThat(page).contains("请选择离任原因").contains("请勾选“确认离任”后再提交")
                .contains("value=\"2024-03-05\"").contains("换届说明" + tag);
        signIn(district);
        assertThat(currentPostOf(secretary).getId()).isEqualTo(post.getId());

        String unconfirmed = refused(post("/cadres/posts/{id}/end", post.getId()).with(csrf()).with(user(district))
                .param("version", post.getVersion().toString()).param("toDate", "2024-03-05").param("endReason", "RESIGNED"));
        assertThat(unconfirmed).contains("请勾选“确认离任”后再提交").doesNotContain("请选择离任原因");
        signIn(district);
        assertThat(currentPostOf(secretary).isCurrent()).isTrue();
    }

    @Test
    void anOverlongOrNulEndNoteIsAFieldErrorOnTheRowThatFailedOnly() throws Exception {
        cadres.appoint(secretary.getId(), village.getId(), postType("RESERVE_CADRE"), LocalDate.of(2022, 1, 1), null, null);
        PostHeld post = currentPostOf(secretary);
        String note = "长".repeat(501);
        String page = refused(post("/cadres/posts/{id}/end", post.getId()).with(csrf()).with(user(district))
                .param("version", post.getVersion().toString()).param("toDate", "2024-03-05").param("endReason", "RESIGNED")
                .param("confirmed", "true").param("endNote", note));
        assertThat(page).contains("不能超过 500 个字符").contains(note);
        // two current posts, two end forms: the message is on the one that was sent
        assertThat(page.split("不能超过 500 个字符", -1)).hasSize(2);
        assertThat(page.split("class=\"row g-2 align-items-end end-post\"", -1)).hasSize(3);
        String nul = refused(post("/cadres/posts/{id}/end", post.getId()).with(csrf()).with(user(district))
                .param("version", post.getVersion().toString()).param("toDate", "2024-03-05").param("endReason", "RESIGNED")
                .param("confirmed", "true").param("endNote", "坏\u0000字"));
        assertThat(nul).contains("is-invalid");
        signIn(district);
        assertThat(cadres.postsOf(secretary)).allMatch(PostHeld::isCurrent);
    }

    @Test
    void aConfirmedEndIsARevisionByTheUserShownInThePostsHistory() throws Exception {
        PortalUser named = new PortalUser(7L, "end-" + tag, "{noop}unused", "区干部", Role.DISTRICT_STAFF, null, null, true, true);
        PostHeld post = currentPostOf(secretary);
        mvc.perform(post("/cadres/posts/{id}/end", post.getId()).with(csrf()).with(user(named))
                        .param("version", post.getVersion().toString()).param("toDate", "2024-03-05").param("endReason", "RESIGNED")
                        .param("confirmed", "true"))
                .andExpect(redirectedUrl("/cadres/" + secretary.getId()));
        signIn(district);
        List<HistoryEntry> entries = history.historyOf(PostHeld.class, post.getId());
        assertThat(entries).anySatisfy(e -> {
            assertThat(e.username()).isEqualTo("end-" + tag);
            assertThat(e.changes()).contains(new HistoryEntry.FieldChange("post.toDate", null, "2024-03-05"));
        });
        assertThat(page("/cadres/" + secretary.getId(), district, 200)).contains("end-" + tag);
    }

    @Test
    void replacingASecretaryNamesWhoIsReplacedAndNeedsTheReason() throws Exception {
        Person next = person("接任" + tag, LocalDate.of(1985, 3, 3), village, "COMMITTEE_MEMBER");
        String page = refused(post("/cadres/{id}/appoint", next.getId()).with(csrf()).with(user(district))
                .param("villageId", village.getId().toString()).param("postTypeId", postType("PARTY_SECRETARY").toString())
                .param("fromDate", "2024-01-02"));
        assertThat(page).contains("将替换现任书记 " + secretary.getName()).contains("value=\"2024-01-02\"");
        signIn(district);
        assertThat(currentPostOf(secretary).getPostType().isSecretary()).isTrue();

        mvc.perform(post("/cadres/{id}/appoint", next.getId()).with(csrf()).with(user(district))
                        .param("villageId", village.getId().toString()).param("postTypeId", postType("PARTY_SECRETARY").toString())
                        .param("fromDate", "2024-01-02").param("previousEndReason", "PROMOTED"))
                .andExpect(redirectedUrl("/cadres/" + next.getId()));
        signIn(district);
        PostHeld ended = cadres.postsOf(secretary).get(0);
        assertThat(ended.getEndReason()).isEqualTo(EndReason.PROMOTED);
        assertThat(ended.getToDate()).isEqualTo(LocalDate.of(2024, 1, 2));
    }

    @Test
    void creatingASecretaryWhereOneSitsIsRefusedInsteadOfEndingTheSittingOne() {
        assertThatThrownBy(() -> person("第二书记" + tag, LocalDate.of(1988, 1, 1), village, "PARTY_SECRETARY"))
                .isInstanceOf(InvalidFieldException.class).extracting("messageKey").isEqualTo("post.secretary.sitting");
        assertThat(currentPostOf(secretary).isCurrent()).isTrue();
    }

    @Test
    void districtStaffCorrectAnEndedPostWithAReasonLoggedAndShown() throws Exception {
        PostHeld post = currentPostOf(secretary);
        cadres.end(post.getId(), post.getVersion(), LocalDate.of(2024, 3, 5), EndReason.NOT_COMPETENT, null);
        PostHeld ended = cadres.postsOf(secretary).get(0);
        PortalUser corrector = new PortalUser(8L, "fix-" + tag, "{noop}unused", "区更正", Role.DISTRICT_STAFF, null, null, true, true);

        String noReason = refused(post("/cadres/posts/{id}/correct", ended.getId()).with(csrf()).with(user(corrector))
                .param("version", ended.getVersion().toString()).param("toDate", "2024-03-01").param("endReason", "RESIGNED"));
        assertThat(noReason).contains("请填写更正理由").contains("value=\"2024-03-01\"");

        mvc.perform(post("/cadres/posts/{id}/correct", ended.getId()).with(csrf()).with(user(corrector))
                        .param("version", ended.getVersion().toString()).param("toDate", "2024-03-01").param("endReason", "RESIGNED")
                        .param("reason", "误录为不胜任" + tag))
                .andExpect(redirectedUrl("/cadres/" + secretary.getId()));
        signIn(district);
        PostHeld corrected = cadres.postsOf(secretary).get(0);
        assertThat(corrected.getEndReason()).isEqualTo(EndReason.RESIGNED);
        assertThat(corrected.getToDate()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(cadres.adjustmentsIn(List.of(village.getId()), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))).isEmpty();
        assertThat(cadres.correctionsOf(secretary)).singleElement().satisfies(c -> {
            assertThat(c.getCorrectedBy()).isEqualTo("fix-" + tag);
            assertThat(c.getPreviousEndReason()).isEqualTo(EndReason.NOT_COMPETENT);
            assertThat(c.getReason()).isEqualTo("误录为不胜任" + tag);
        });
        assertThat(history.historyOf(PostHeld.class, corrected.getId()))
                .anySatisfy(e -> assertThat(e.username()).isEqualTo("fix-" + tag));
        assertThat(page("/cadres/" + secretary.getId(), district, 200)).contains("误录为不胜任" + tag).contains("fix-" + tag);

        mvc.perform(post("/cadres/posts/{id}/correct", ended.getId()).with(csrf()).with(user(corrector))
                        .param("version", corrected.getVersion().toString()).param("reopened", "true").param("reason", "并未离任"))
                .andExpect(redirectedUrl("/cadres/" + secretary.getId()));
        signIn(district);
        assertThat(currentPostOf(secretary).getId()).isEqualTo(ended.getId());
    }

    @Test
    void townStaffCannotCorrectAnEndedPost() throws Exception {
        PostHeld post = currentPostOf(secretary);
        cadres.end(post.getId(), post.getVersion(), LocalDate.of(2024, 3, 5), EndReason.RESIGNED, null);
        PortalUser townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        page("/cadres/posts/" + post.getId() + "/correct", townStaff, 403);
        mvc.perform(post("/cadres/posts/{id}/correct", post.getId()).with(csrf()).with(user(townStaff))
                        .param("version", "1").param("reopened", "true").param("reason", "想恢复"))
                .andExpect(status().isForbidden());
        assertThat(page("/cadres/" + secretary.getId(), townStaff, 200)).doesNotContain("/correct");
        signIn(district);
        assertThat(cadres.postsOf(secretary).get(0).isCurrent()).isFalse();
        assertThat(page("/cadres/" + secretary.getId(), district, 200)).contains("/cadres/posts/" + post.getId() + "/correct");
    }

    @Autowired
    CohortService cohorts;

    @Test
    void aRefusedCohortActivityOrMemberShowsTheCohortPageWithTheTypedInput() throws Exception {
        Cohort cohort = cohorts.create("青年干部班" + tag, null, null, LocalDate.of(2023, 1, 1));
        String title = "训".repeat(201);
        String page = refused(post("/cadres/cohorts/{id}/activities", cohort.getId()).with(csrf()).with(user(district))
                .param("title", title).param("heldOn", "2023-05-06").param("note", "备注" + tag));
        assertThat(page).contains("不能超过 200 个字符").contains("必填").contains(title).contains("备注" + tag)
                .contains("value=\"2023-05-06\"");
        String member = refused(post("/cadres/cohorts/{id}/members", cohort.getId()).with(csrf()).with(user(district))
                .param("personId", "").param("joinedOn", "2023-02-30"));
        assertThat(member).contains("必填").contains("value=\"2023-02-30\"");
        signIn(district);
        assertThat(cohorts.activitiesOf(cohort)).isEmpty();
        assertThat(cohorts.membersOf(cohort)).isEmpty();
        mvc.perform(post("/cadres/cohorts/{id}/activities", cohort.getId()).with(csrf())
                        .with(user(VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null)))
                        .param("kind", "TRAINING").param("title", "t").param("heldOn", "2023-05-06"))
                .andExpect(status().isForbidden());
    }
}
