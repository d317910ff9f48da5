package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cunwu.DemoIntegrationTest;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

/** The district summary of 2023 on the demo data shows the source article's figures, each also counted here independently. */
@DemoIntegrationTest
class DistrictSummaryTests {

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    Report summaryOf(Period period) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(district, null, district.getAuthorities()));
        return reports.report(reports.district(), period);
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
        Report report = summaryOf(Period.ofYear(2023, true));
        Figures s = report.total();
        assertThat(s.count(Figure.CADRES_ADJUSTED)).isEqualTo(11)
                .isEqualTo(count("select count(*) from post_held where end_reason = 'NOT_COMPETENT' and to_date between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.NEW_OPERATING_RECTIFIED)).isEqualTo(7)
                .isEqualTo(count("""
                        select count(*) from project p join village v on v.id = p.lead_village_id where p.operating and v.rectification
                        and (select min(c.changed_on) from project_status_change c where c.project_id = p.id and c.to_status = 'OPERATING')
                            between '2023-01-01' and '2023-12-31'"""));
        assertThat(s.count(Figure.PETITIONS_RESOLVED)).isEqualTo(12)
                .isEqualTo(count("select count(*) from problem where petition and status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'"));
        assertThat(report.campaigns()).anySatisfy(c -> {
            assertThat(c.name()).isEqualTo("村改社区集中攻坚");
            assertThat(c.directions()).isEqualTo(4);
            assertThat(c.tasksCompleted()).isEqualTo(27);
        });
        assertThat(s.count(Figure.ZONE_PLANS)).isEqualTo(3)
                .isEqualTo(count("select count(*) from demonstration_zone where plan_approved_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.KEY_SUPERVISED)).isEqualTo(20)
                .isEqualTo(count("""
                        select count(*) from project where key_supervised and (started_on is null or started_on <= '2023-12-31')
                        and (finished_on is null or finished_on >= '2023-01-01')"""));
        assertThat(s.count(Figure.NINETIES_IN_COHORTS)).isEqualTo(26);
        assertThat(s.count(Figure.RETURNED_TALENTS)).isEqualTo(10)
                .isEqualTo(count("select count(*) from talent_person where kind = 'RETURNED' and since_date between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.ADVISERS)).isEqualTo(6);
        assertThat(s.count(Figure.PARTNER_PROJECTS)).isEqualTo(5)
                .isEqualTo(count("select count(*) from partner_project where open_from between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.COMMITMENTS)).isGreaterThan(6200)
                .isEqualTo(count("select count(*) from commitment where public_notice and pledged_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.COMMITMENTS_FULFILLED)).isEqualTo(count(
                "select count(*) from commitment where public_notice and status = 'FULFILLED' and pledged_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.RECEPTION_PEOPLE)).isGreaterThan(8500)
                .isEqualTo(count("select sum(people_count) from reception where received_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.PROBLEMS_RESOLVED)).isGreaterThan(10000)
                .isEqualTo(count("select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'"));
        assertThat(s.count(Figure.VILLAGES)).isEqualTo(count("select count(*) from village"));
        assertThat(report.agreements()).anySatisfy(a -> {
            assertThat(a.leadVillage()).isEqualTo("十里堡社区");
            assertThat(a.villageCount()).isEqualTo(6);
            assertThat(a.land()).isEqualByComparingTo("120");
            assertThat(a.incomePerVillage()).isEqualByComparingTo("70000");
        });
    }

    @Test
    void theTownsAddUpToTheDistrict() {
        Report report = summaryOf(Period.ofYear(2023, true));
        assertThat(report.units()).hasSize((int) count("select count(*) from town"));
        for (Figure figure : new Figure[] {Figure.VILLAGES, Figure.CADRES_ADJUSTED, Figure.PROBLEMS_RESOLVED, Figure.COMMITMENTS,
                Figure.RECEPTION_PEOPLE, Figure.CURRENT_CADRES, Figure.PROJECTS_ACTIVE, Figure.RETURNED_TALENTS}) {
            assertThat(report.units().stream().mapToLong(u -> u.figures().count(figure)).sum()).as(figure.name())
                    .isEqualTo(report.total().count(figure));
        }
        Long ceshan = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        long resolvedInCeshan = count("select count(*) from problem p join village v on v.id = p.village_id where v.town_id = " + ceshan
                + " and p.status = 'RESOLVED' and p.resolved_on between '2023-01-01' and '2023-12-31'");
        assertThat(report.units()).filteredOn(u -> u.id().equals(ceshan)).singleElement()
                .satisfies(u -> assertThat(u.figures().count(Figure.PROBLEMS_RESOLVED)).isEqualTo(resolvedInCeshan));
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
        long year = summaryOf(Period.ofYear(2023, true)).total().count(Figure.PROBLEMS_RESOLVED);
        long quarters = 0;
        for (int q = 1; q <= 4; q++) {
            quarters += summaryOf(Period.parse("2023", String.valueOf(q), null, null, null, LocalDate.now())).total().count(Figure.PROBLEMS_RESOLVED);
        }
        assertThat(quarters).as("the four quarters add up to the year").isEqualTo(year);
    }

    @Test
    void thePageAndTheSpreadsheetHoldTheFiguresAndOnlyDistrictReadersOpenThem() throws Exception {
        String page = mvc.perform(get("/reports/district").param("year", "2023").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2023 年").contains(">11</a>").contains(">4 / 27</a>").contains(">26</span>")
                .contains("href=\"/problems?petition=true&amp;status=RESOLVED&amp;resolvedFrom=2023-01-01&amp;resolvedTo=2023-12-31\">12</a>");
        byte[] xlsx = mvc.perform(get("/reports/district").param("year", "2023").param("format", "xlsx").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("2023 年");
            assertThat(sheet.getRow(6).getCell(1).getStringCellValue()).isEqualTo("调整不胜任村干部（名）");
            assertThat(sheet.getRow(6).getCell(2).getNumericCellValue()).isEqualTo(11);
            assertThat(workbook.getSheet("分镇街情况")).isNotNull();
            var definitions = workbook.getSheet("统计口径");
            assertThat(definitions.getLastRowNum() - definitions.getFirstRowNum()).isGreaterThanOrEqualTo(Figure.values().length);
            boolean petitions = false;
            for (var row : definitions) {
                petitions |= row.getCell(0) != null && "化解信访矛盾（个）".equals(row.getCell(0).getStringCellValue())
                        && row.getCell(1).getStringCellValue().contains("解决日期在期间内");
            }
            assertThat(petitions).as("the petitions' definition").isTrue();
        }
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        mvc.perform(get("/reports/district").param("year", "2023").with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village))))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/reports/villages/" + village + "?year=2023"));
        mvc.perform(get("/reports/district").with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, null)))).andExpect(status().isForbidden());
    }

    @Test
    void thePdfEmbedsAChineseFontWhoseTextCanBeExtracted() throws Exception {
        var response = mvc.perform(get("/reports/district").param("year", "2023").param("format", "pdf").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse();
        assertThat(response.getContentType()).isEqualTo("application/pdf");
        try (var document = Loader.loadPDF(response.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(document);
            boolean landscape = false;
            for (var page : document.getPages()) {
                landscape |= page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
            }
            assertThat(landscape).as("the breakdown by town is printed across a landscape page").isTrue();
            var firstPage = document.getPage(0).getMediaBox();
            assertThat(firstPage.getWidth()).isLessThan(firstPage.getHeight());
            assertThat(text).contains("全区工作汇总").contains("2023 年").contains("调整不胜任村干部").contains("4 / 27")
                    .contains("十里堡社区").contains("分镇街情况");
        }
    }
}
