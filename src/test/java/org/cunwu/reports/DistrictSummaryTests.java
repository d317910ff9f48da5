package org.cunwu.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/** The district summary of 2023 on the demo data shows the source article's figures, each also counted here independently. */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles({"test", "demo"})
class DistrictSummaryTests {

    @Autowired
    DistrictSummaryService summaries;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    DistrictSummary summaryOf(Period period) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(district, null, district.getAuthorities()));
        return summaries.summarise(period);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    @Test
    void theSummaryOf2023ShowsTheFiguresOfTheSource() {
        DistrictSummary s = summaryOf(Period.ofYear(2023, true));
        assertThat(s.cadresAdjusted()).isEqualTo(11)
                .isEqualTo(count("select count(*) from post_held where end_reason = 'NOT_COMPETENT' and to_date between '2023-01-01' and '2023-12-31'"));
        assertThat(s.newOperatingInRectified()).isEqualTo(7);
        assertThat(s.petitionsResolved()).isEqualTo(12)
                .isEqualTo(count("select count(*) from problem where petition and status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.campaigns()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("村改社区集中攻坚");
            assertThat(c.directions()).isEqualTo(4);
            assertThat(c.tasksCompleted()).isEqualTo(27);
        });
        assertThat(s.zonePlans()).isEqualTo(3);
        assertThat(s.keySupervisedProjects()).isEqualTo(20);
        assertThat(s.ninetiesSecretaries()).isEqualTo(26);
        assertThat(s.returnedTalents()).isEqualTo(10);
        assertThat(s.advisers()).isEqualTo(6);
        assertThat(s.partnerProjects()).isEqualTo(5);
        assertThat(s.publicCommitments()).isGreaterThan(6200)
                .isEqualTo(count("select count(*) from commitment where public_notice and pledged_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.receptionPeople()).isGreaterThan(8500);
        assertThat(s.problemsResolved()).isGreaterThan(10000);
    }

    @Test
    void periodsIncludeBothEndsAndUnreadablePeriodsFallBackToThisYear() {
        Period q4 = Period.parse("2023", "4", null, null, null, LocalDate.of(2024, 5, 1));
        assertThat(q4.from()).isEqualTo(LocalDate.of(2023, 10, 1));
        assertThat(q4.to()).isEqualTo(LocalDate.of(2023, 12, 31));
        Period may = Period.parse("2023", null, "5", null, null, LocalDate.of(2024, 5, 1));
        assertThat(may.to()).isEqualTo(LocalDate.of(2023, 5, 31));
        Period range = Period.parse(null, null, null, "2023-12-31", "2024-01-01", LocalDate.of(2024, 5, 1));
        assertThat(range.from()).isEqualTo(LocalDate.of(2023, 12, 31));
        Period bad = Period.parse("二〇二三", null, null, null, null, LocalDate.of(2024, 5, 1));
        assertThat(bad.valid()).isFalse();
        assertThat(bad.from()).isEqualTo(LocalDate.of(2024, 1, 1));
        long year = summaryOf(Period.ofYear(2023, true)).problemsResolved();
        long quarters = 0;
        for (int q = 1; q <= 4; q++) {
            quarters += summaryOf(Period.parse("2023", String.valueOf(q), null, null, null, LocalDate.now())).problemsResolved();
        }
        assertThat(quarters).as("the four quarters add up to the year").isEqualTo(year);
    }

    @Test
    void thePageAndTheSpreadsheetHoldTheFiguresAndOnlyDistrictReadersOpenThem() throws Exception {
        String page = mvc.perform(get("/reports/district").param("year", "2023").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2023 年").contains(">11</a>").contains(">4 / 27</a>").contains(">26</a>");
        byte[] xlsx = mvc.perform(get("/reports/district").param("year", "2023").param("format", "xlsx").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(1).getStringCellValue()).isEqualTo("2023 年");
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getNumericCellValue()).isEqualTo(11);
        }
        mvc.perform(get("/reports/district").with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, 1L)))).andExpect(status().isForbidden());
    }

    @Test
    void thePdfEmbedsAChineseFontWhoseTextCanBeExtracted() throws Exception {
        var response = mvc.perform(get("/reports/district").param("year", "2023").param("format", "pdf").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var document = org.apache.pdfbox.Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
            assertThat(text).contains("全区工作汇总").contains("2023 年").contains("调整不胜任村干部").contains("4 / 27");
        }
    }
}
