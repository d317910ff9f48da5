package org.cunwu.cadres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
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
import org.cunwu.IntegrationTest;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** Scope and masking of cadres, the derived 90后 filter, one current secretary even under races, adjustments, and roster import. */
@IntegrationTest
class CadreTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    CadreService cadres;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    String tag;
    Town town;
    Town otherTown;
    Village village;
    Village otherVillage;
    Person secretary;

    static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

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
                org.springframework.data.domain.PageRequest.of(0, 50)).map(p -> p.getPerson().getName()).getContent();
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
                org.springframework.data.domain.PageRequest.of(0, 5)).getTotalElements()).isZero();
    }

    @Test
    void aValidRosterImportsEveryRowAndTheExportImportsAgain() throws Exception {
        String result = uploadAsDistrict(roster(List.of(
                List.of("导入丙" + tag, "女", "1995-06-07", "13900000002", "大专", "2018-07-01", "是", village.getCode(), "", "村委委员", "2021-01-18"),
                List.of("导入丙" + tag, "女", "1995-06-07", "13900000002", "大专", "2018-07-01", "是", village.getCode(), "", "村务监督委员会主任",
                        "2021-01-18", "2023-03-01", "辞职", ""))));
        assertThat(result).doesNotContain("未导入任何数据");
        var imported = cadres.list(new CadreFilter("导入丙" + tag, null, null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 5));
        assertThat(imported.getTotalElements()).isEqualTo(2);
        assertThat(imported.map(p -> p.getPerson().getId()).getContent()).as("one person, two posts").containsOnly(
                imported.getContent().get(0).getPerson().getId());
        byte[] export = mvc.perform(get("/cadres").param("q", "导入丙" + tag).param("format", "xlsx").with(user(district)))
                .andReturn().getResponse().getContentAsByteArray();
        signIn(district);
        String page = uploadAsDistrict(export);
        assertThat(page).doesNotContain("未导入任何数据");
        assertThat(cadres.list(new CadreFilter("导入丙" + tag, null, null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 5)).getTotalElements()).as("re-import adds nothing twice").isEqualTo(2);
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

    org.springframework.test.web.servlet.MvcResult imported(byte[] file) throws Exception {
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
                org.springframework.data.domain.PageRequest.of(0, 50)).getTotalElements();
        byte[] export = mvc.perform(get("/cadres").param("villageId", village.getId().toString()).param("format", "xlsx").with(user(district)))
                .andReturn().getResponse().getContentAsByteArray();
        signIn(district);
        String page = uploadAsDistrict(export);
        assertThat(page).doesNotContain("未导入任何数据");
        var after = cadres.list(new CadreFilter(null, null, village.getId(), null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 50));
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
                org.springframework.data.domain.PageRequest.of(0, 5)).getTotalElements()).isEqualTo(1);
    }

    @Test
    void theVillageDossierShowsItsCurrentCadres() throws Exception {
        assertThat(page("/villages/" + village.getId(), district, 200)).contains(">" + secretary.getName() + "</a>");
    }
}
