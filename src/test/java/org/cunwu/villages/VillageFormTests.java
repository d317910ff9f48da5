package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.internal.DemonstrationZoneRepository;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Validation in the user's language, the optimistic-lock conflict, history, and refusing to delete what is in use. */
@IntegrationTest
class VillageFormTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    DemonstrationZoneRepository zones;

    final PortalUser staff = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    Town town;
    Village village;

    @BeforeEach
    void createVillage() {
        town = fixtures.town("表单镇" + VillageFixtures.freshCode().substring(0, 5));
        village = fixtures.village("表单村" + VillageFixtures.freshCode().substring(0, 5), town);
    }

    MockHttpServletRequestBuilder edit(Village v) {
        return post("/villages/" + v.getId() + "/edit").with(csrf()).with(user(staff))
                .param("kind", "VILLAGE").param("townId", town.getId().toString())
                .param("version", v.getVersion().toString());
    }

    static String body(ResultActions result) throws Exception {
        return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void invalidInputIsShownWithChineseMessagesAndKept() throws Exception {
        String page = body(mvc.perform(post("/villages/new").with(csrf()).with(user(staff))
                        .param("name", "").param("kind", "VILLAGE").param("code", "12AB").param("townId", town.getId().toString())
                        .param("population", "很多").param("households", "-3").param("specialties", "草莓、莲藕"))
                .andExpect(status().isOk()));
        assertThat(page).contains("必填").contains("应为 12 位数字").contains("请输入整数").contains("不能小于 0");
        assertThat(page).contains("value=\"12AB\"").contains("value=\"很多\"").contains("value=\"草莓、莲藕\"");
    }

    @Test
    void validationMessagesFollowTheChosenLanguage() throws Exception {
        String page = body(mvc.perform(post("/villages/new").with(csrf()).with(user(staff)).cookie(new Cookie("cunwu-lang", "en"))
                        .param("name", "").param("kind", "VILLAGE").param("code", "1").param("townId", town.getId().toString()))
                .andExpect(status().isOk()));
        assertThat(page).contains("Required").contains("Must be 12 digits");
    }

    @Test
    void aTakenCodeIsRefusedOnTheField() throws Exception {
        Village other = fixtures.village("同码村" + VillageFixtures.freshCode().substring(0, 5), town);
        String page = body(mvc.perform(edit(village).param("name", village.getName()).param("code", other.getCode()))
                .andExpect(status().isOk()));
        assertThat(page).contains("该代码已被其他村（社区）使用");
    }

    @Test
    void theSecondOfTwoConcurrentEditsIsRefusedAndKeepsItsInput() throws Exception {
        mvc.perform(edit(village).param("code", village.getCode()).param("name", "先保存的名字")).andExpect(status().is3xxRedirection());
        String page = body(mvc.perform(edit(village).param("code", village.getCode()).param("name", "后保存的名字").param("population", "4321"))
                .andExpect(status().isOk()));
        assertThat(page).contains("其他人已修改了这条记录").contains("value=\"后保存的名字\"").contains("value=\"4321\"");
        assertThat(fixtures.reload(village.getId()).getName()).isEqualTo("先保存的名字");
    }

    @Test
    void historyShowsWhoChangedWhichFieldFromWhatToWhat() throws Exception {
        mvc.perform(edit(village).param("code", village.getCode()).param("name", village.getName()).param("population", "2500")).andExpect(status().is3xxRedirection());
        String page = body(mvc.perform(get("/villages/" + village.getId()).with(user(staff))).andExpect(status().isOk()));
        assertThat(page).contains("修改记录").contains(staff.getUsername()).contains("<td>人口</td>")
                .contains("<td>1200</td>").contains("<td>2500</td>");
    }

    @Test
    void theDaysAVillageWasEstablishedAndDissolvedAreSavedShownOnTheDossierAndInItsHistory() throws Exception {
        mvc.perform(edit(village).param("code", village.getCode()).param("name", village.getName())
                .param("establishedOn", "1958-09-01").param("dissolvedOn", "2024-07-01")).andExpect(status().is3xxRedirection());
        Village saved = fixtures.reload(village.getId());
        assertThat(saved.getEstablishedOn()).isEqualTo(LocalDate.of(1958, 9, 1));
        assertThat(saved.getDissolvedOn()).isEqualTo(LocalDate.of(2024, 7, 1));
        String page = body(mvc.perform(get("/villages/" + village.getId()).with(user(staff))).andExpect(status().isOk()));
        assertThat(page).contains("<dd class=\"col-7 col-md-4\">1958-09-01</dd>").contains("<dd class=\"col-7 col-md-4\">2024-07-01</dd>")
                .contains("<td>撤销（合并）日期</td>").contains("<td>2024-07-01</td>").contains("<td>设立日期</td>");
        String form = body(mvc.perform(get("/villages/" + village.getId() + "/edit").with(user(staff))).andExpect(status().isOk()));
        assertThat(form).contains("value=\"1958-09-01\"").contains("value=\"2024-07-01\"");
        String csv = mvc.perform(get("/villages").with(user(staff)).param("q", village.getName()).param("format", "csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith("设立日期,撤销（合并）日期");
        assertThat(csv).contains("1958-09-01,2024-07-01");
    }

    @Test
    void aVillageCannotBeDissolvedOnOrBeforeItWasEstablishedNorOutsideTheYears1949To2100() throws Exception {
        String sameDay = body(mvc.perform(edit(village).param("code", village.getCode()).param("name", village.getName())
                .param("establishedOn", "2020-05-01").param("dissolvedOn", "2020-05-01")).andExpect(status().isOk()));
        assertThat(sameDay).contains("撤销日期须晚于设立日期");
        String before = body(mvc.perform(edit(village).param("code", village.getCode()).param("name", village.getName())
                .param("establishedOn", "2020-05-01").param("dissolvedOn", "2019-05-01")).andExpect(status().isOk()));
        assertThat(before).contains("撤销日期须晚于设立日期");
        String years = body(mvc.perform(edit(village).param("code", village.getCode()).param("name", village.getName())
                .param("establishedOn", "1900-01-01").param("dissolvedOn", "2101-01-01")).andExpect(status().isOk()));
        assertThat(years).contains("日期的年份应在 1949 至 2100 年之间");
        Village unchanged = fixtures.reload(village.getId());
        assertThat(unchanged.getDissolvedOn()).isNull();
        assertThat(unchanged.getEstablishedOn()).isNull();
    }

    @Test
    void aSecretaryCannotChangeTheirVillagesDays() throws Exception {
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, town.getId(), village.getId());
        mvc.perform(post("/villages/" + village.getId() + "/edit").with(csrf()).with(user(secretary))
                .param("name", village.getName()).param("code", village.getCode()).param("kind", "VILLAGE")
                .param("townId", town.getId().toString()).param("version", village.getVersion().toString())
                .param("dissolvedOn", "2024-07-01")).andExpect(status().isForbidden());
        assertThat(fixtures.reload(village.getId()).getDissolvedOn()).isNull();
    }

    @Test
    void aVillageInADemonstrationZoneIsNotDeleted() throws Exception {
        DemonstrationZone zone = new DemonstrationZone("删除测试片区" + VillageFixtures.freshCode());
        zone.update(zone.getName(), null, null, Set.of(village));
        zones.save(zone);
        var result = mvc.perform(post("/villages/" + village.getId() + "/delete").with(csrf()).with(user(staff))
                        .param("version", village.getVersion().toString()))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", "/villages/" + village.getId()))
                .andReturn();
        assertThat(result.getFlashMap().get("error")).isEqualTo("village.delete.inUse");
        assertThat(fixtures.reload(village.getId())).isNotNull();
    }

    @Test
    void anUnknownVillageIsA404PageWithoutStackTrace() throws Exception {
        String page = body(mvc.perform(get("/villages/987654321").with(user(staff))).andExpect(status().isNotFound()));
        assertThat(page).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void badFilterAndPagingParametersDoNotBreakTheList() throws Exception {
        mvc.perform(get("/villages").with(user(staff)).param("page", "abc").param("size", "-4")
                .param("sort", "password,desc").param("kind", "NONSENSE").param("townId", "x")).andExpect(status().isOk());
    }

    @Test
    void pagesCarrySecurityHeaders() throws Exception {
        mvc.perform(get("/villages").with(user(staff)))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")));
    }

    @Test
    void xlsxExportIsASpreadsheetOfTheSelection() throws Exception {
        byte[] xlsx = mvc.perform(get("/villages").with(user(staff)).param("q", village.getName()).param("format", "xlsx"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("名称");
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(village.getName());
        }
    }
}
