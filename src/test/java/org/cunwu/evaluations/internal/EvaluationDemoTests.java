package org.cunwu.evaluations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cunwu.TestDatabaseConfiguration;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo district's closed 2023 evaluation: closed on a day by the district, every commitment graded, and its results
 * shown where the issue says they are published — the district, town and village reports of 2023, the village's
 * printed notice board and its public page — each agreeing with the grades in the database.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles({"test", "demo"})
class EvaluationDemoTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MockMvc mvc;

    long evaluation;
    long village;
    long town;

    @BeforeEach
    void chooseVillage() {
        evaluation = jdbc.queryForObject("select id from evaluation where year = 2023", Long.class);
        village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        town = jdbc.queryForObject("select town_id from village where id = ?", Long.class, village);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    String page(String url, PortalUser as) throws Exception {
        var request = get(url);
        if (as != null) {
            request = request.with(user(as));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    /** "优秀 a、合格 b、不合格 c" as the sections print the counts, from the database. */
    long[] grades(String where, Object... args) {
        Map<String, Object> row = jdbc.queryForMap("""
                select count(*) filter (where grade = 'EXCELLENT') e, count(*) filter (where grade = 'QUALIFIED') q,
                       count(*) filter (where grade = 'FAILED') f, count(*) n from evaluation_item where evaluation_id = ? and """ + " " + where,
                args);
        return new long[] {((Number) row.get("e")).longValue(), ((Number) row.get("q")).longValue(), ((Number) row.get("f")).longValue(),
            ((Number) row.get("n")).longValue()};
    }

    @Test
    void theDemoEvaluationWasClosedOnADayByTheDistrictWithEveryCommitmentGradedAndItsTalksRecorded() {
        Map<String, Object> row = jdbc.queryForMap("select closed_at, closed_by from evaluation where id = ?", evaluation);
        assertThat(row.get("closed_at")).as("closed, on a day").isNotNull();
        assertThat(row.get("closed_by")).isEqualTo("district");
        assertThat(count("select count(*) from evaluation_item where evaluation_id = ?", evaluation)).isPositive();
        assertThat(count("select count(*) from evaluation_item where evaluation_id = ? and grade is null", evaluation)).isZero();
        assertThat(count("select count(*) from evaluation_item where evaluation_id = ? and grade = 'FAILED'", evaluation)).isPositive();
        assertThat(count("select count(*) from evaluation_talk where evaluation_id = ?", evaluation)).as("talks recorded by towns").isPositive();
    }

    @Test
    void theDistrictTownAndVillageReportsOf2023ShowTheResultsAsTheGradesAre() throws Exception {
        PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        Map<String, long[]> expected = Map.of("/reports/district?year=2023", grades("true", evaluation),
                "/reports/towns/" + town + "?year=2023", grades("town_id = ?", evaluation, town),
                "/reports/villages/" + village + "?year=2023", grades("village_id = ?", evaluation, village));
        for (Map.Entry<String, long[]> report : expected.entrySet()) {
            Document page = Jsoup.parse(page(report.getKey(), district));
            String section = page.select(".report-evaluation").text().replace(",", "");
            long[] g = report.getValue();
            assertThat(section).as(report.getKey()).contains("2023年度村民代表述诺评诺",
                    "评议承诺事项 " + g[3] + " 条：优秀 " + g[0] + "、合格 " + g[1] + "、不合格 " + g[2]);
        }
        // a report of another year has no such section
        assertThat(Jsoup.parse(page("/reports/district?year=2022", district)).select(".report-evaluation")).isEmpty();
    }

    @Test
    void theVillagesNoticeBoardAndItsPublicPageShowEachCommitmentsGrade() throws Exception {
        List<String> expected = jdbc.queryForList("""
                select c.pledged_by || ' ' || c.content || ' ' || case i.grade when 'EXCELLENT' then '优秀' when 'QUALIFIED' then '合格'
                       else '不合格' end
                from evaluation_item i join commitment c on c.id = i.commitment_id where i.evaluation_id = ? and i.village_id = ?""",
                String.class, evaluation, village);
        assertThat(expected).hasSizeGreaterThanOrEqualTo(10);
        long[] g = grades("village_id = ?", evaluation, village);

        Document board = Jsoup.parse(page("/villages/" + village + "/notice-board", VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village)));
        assertThat(board.select(".notice-board-evaluation tbody tr").eachText().stream().map(row -> row.replaceFirst("^\\d+ ", "")).toList())
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(board.select(".notice-board-evaluation").text()).contains("优秀 " + g[0] + " 条、合格 " + g[1] + " 条、不合格 " + g[2] + " 条");

        String code = jdbc.queryForObject("select code from village where id = ?", String.class, village);
        Document open = Jsoup.parse(page("/public/villages/" + code, null));
        assertThat(open.select("h2").eachText()).anyMatch(heading -> heading.contains("2023"));
        assertThat(open.select("table tbody tr").eachText()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(open.text()).contains("公开承诺 " + g[3] + " 项：优秀 " + g[0] + " 项，合格 " + g[1] + " 项，不合格 " + g[2] + " 项")
                .as("no rater's comment on the public page").doesNotContain("承诺事项未按期兑现，群众反映较多");
    }

    byte[] download(String url) throws Exception {
        var response = mvc.perform(get(url).with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null)))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsByteArray();
    }

    /** Each row of the first sheet after the header, its cells as text (numbers without a fraction). */
    static List<String> sheetRows(byte[] xlsx) throws Exception {
        List<String> rows = new ArrayList<>();
        DataFormatter format = new DataFormatter();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheetAt(0);
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                List<String> cells = new ArrayList<>();
                sheet.getRow(r).forEach(cell -> cells.add(format.formatCellValue(cell)));
                rows.add(String.join("|", cells));
            }
        }
        return rows;
    }

    static String pdfText(byte[] pdf) throws Exception {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** "name|commitments|graded|excellent|qualified|failed" per town or village of the scope, from the database. */
    List<String> countsBy(String level, String where, Object... args) {
        return jdbc.queryForList("select g.name || '|' || count(*) || '|' || count(i.grade) || '|' || count(*) filter (where i.grade = 'EXCELLENT')"
                + " || '|' || count(*) filter (where i.grade = 'QUALIFIED') || '|' || count(*) filter (where i.grade = 'FAILED')"
                + " from evaluation_item i join " + level + " g on g.id = i." + level + "_id where i.evaluation_id = ? and " + where
                + " group by g.name", String.class, args);
    }

    static List<String> firstSixCells(List<String> rows) {
        return rows.stream().map(row -> String.join("|", Arrays.asList(row.split("\\|")).subList(0, 6))).toList();
    }

    @Test
    void theResultsOfTheDistrictATownAndAVillageExportAsXlsxAndPdfWithTheDatabasesCountsAndPrintFromTheScreen() throws Exception {
        String townName = jdbc.queryForObject("select name from town where id = ?", String.class, town);
        String villageName = jdbc.queryForObject("select name from village where id = ?", String.class, village);

        assertThat(firstSixCells(sheetRows(download("/evaluations/" + evaluation + "?format=xlsx"))))
                .containsExactlyInAnyOrderElementsOf(countsBy("town", "true", evaluation));
        assertThat(firstSixCells(sheetRows(download("/evaluations/" + evaluation + "?townId=" + town + "&format=xlsx"))))
                .containsExactlyInAnyOrderElementsOf(countsBy("village", "i.town_id = ?", evaluation, town));
        List<String> grades = jdbc.queryForList("""
                select c.pledged_by || '|' || c.content || '|' || case i.grade when 'EXCELLENT' then '优秀' when 'QUALIFIED' then '合格'
                       else '不合格' end
                from evaluation_item i join commitment c on c.id = i.commitment_id where i.evaluation_id = ? and i.village_id = ?""",
                String.class, evaluation, village);
        assertThat(sheetRows(download("/evaluations/" + evaluation + "/villages/" + village + "?format=xlsx")).stream()
                .map(row -> String.join("|", Arrays.asList(row.split("\\|")).subList(0, 3))).toList())
                .containsExactlyInAnyOrderElementsOf(grades);

        assertThat(pdfText(download("/evaluations/" + evaluation + "?format=pdf"))).contains("2023年度村民代表述诺评诺", townName);
        assertThat(pdfText(download("/evaluations/" + evaluation + "?townId=" + town + "&format=pdf"))).contains(villageName);
        String villagePdf = pdfText(download("/evaluations/" + evaluation + "/villages/" + village + "?format=pdf"));
        String failedBy = jdbc.queryForObject("""
                select min(c.pledged_by) from evaluation_item i join commitment c on c.id = i.commitment_id
                where i.evaluation_id = ? and i.village_id = ? and i.grade = 'FAILED'""", String.class, evaluation, village);
        assertThat(villagePdf).contains(villageName, failedBy, "不合格");

        // the screen prints: a title only the printout shows, and the screen's own rows are the database's
        Document screen = Jsoup.parse(page("/evaluations/" + evaluation, VillageFixtures.user(Role.DISTRICT_STAFF, null, null)));
        assertThat(screen.select("h1.print-only").text()).contains("2023年度村民代表述诺评诺");
        assertThat(firstSixCells(screen.select(".evaluation-breakdown tbody tr").stream()
                .map(tr -> String.join("|", tr.select("th, td").eachText())).toList()))
                .containsExactlyInAnyOrderElementsOf(countsBy("town", "true", evaluation));
    }
}
