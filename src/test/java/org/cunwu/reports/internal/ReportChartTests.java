package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The reports carry their key charts drawn on the server: the page (and so its print) has them as inline SVG with the
 * labels as text, and the PDF, made without a browser, has them as images drawn by the same code, with their titles as text.
 */
@DemoIntegrationTest
class ReportChartTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    String page(String path, String... params) throws Exception {
        var request = get(path).with(user(district));
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    /** The SVG element of a chart on a page, by its id. */
    static String svg(String page, String id) {
        Matcher matcher = Pattern.compile("<svg[^>]*id=['\"]" + id + "['\"].*?</svg>", Pattern.DOTALL).matcher(page);
        assertThat(matcher.find()).as("the page has the SVG chart " + id).isTrue();
        return matcher.group();
    }

    @Test
    void theDistrictReportPageHasItsThreeChartsAsSvgWithChineseLabels() throws Exception {
        String page = page("/reports/district", "year", "2023");
        String trend = svg(page, "report-chart-trend");
        assertThat(trend).contains(">1月<").contains(">12月<").contains("兑现公开承诺（条）").contains("解决问题（个）")
                .contains("WenQuanYi Micro Hei");
        String problems = svg(page, "report-chart-problems");
        assertThat(problems).contains(">道路交通<").contains(">邻里纠纷<").contains("反映问题（个）");
        String projects = svg(page, "report-chart-projects");
        String category = jdbc.queryForObject("""
                select c.name_zh from project p join project_category c on c.id = p.category_id order by c.sort_order limit 1""", String.class);
        assertThat(projects).contains(">" + category + "<").contains(">运营中<").contains(">建设中<");
        assertThat(page).contains("逐月兑现公开承诺与解决问题").contains("群众身边小问题分类（反映与解决）")
                .contains("在建和运营产业项目（按类别和状态）")
                .as("the trend's numbers are a table too").contains("兑现承诺与解决问题（按月）");
        long resolvedInMay = jdbc.queryForObject(
                "select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-05-01' and '2023-05-31'", Long.class);
        assertThat(page).containsPattern("<th scope=\"row\">5月</th>\\s*<td[^>]*>[\\d,]+</td>\\s*<td[^>]*>" + String.format("%,d", resolvedInMay) + "</td>");
    }

    @Test
    void aTownAndAVillageReportHaveTheChartsInEnglishToo() throws Exception {
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        Long town = jdbc.queryForObject("select town_id from village where id = ?", Long.class, village);
        assertThat(svg(page("/reports/towns/" + town, "year", "2023"), "report-chart-problems")).contains(">道路交通<");
        String english = page("/reports/villages/" + village, "year", "2023", "lang", "en");
        assertThat(svg(english, "report-chart-trend")).contains(">Jan<").contains("Problems resolved");
        assertThat(svg(english, "report-chart-projects")).doesNotContain("运营中");
    }

    @Test
    void aPeriodOfSeveralYearsShowsItsTrendPerYear() throws Exception {
        String page = page("/reports/district", "from", "2021-01-01", "to", "2024-12-31");
        assertThat(svg(page, "report-chart-trend")).contains("2023 年").doesNotContain(">5月<");
    }

    static boolean hasBlue(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - 0x54) < 24 && Math.abs(g - 0x70) < 24 && Math.abs(b - 0xc6) < 24) {
                    return true;
                }
            }
        }
        return false;
    }

    @Test
    void thePdfDrawsTheChartsAndHasTheirTitlesAsText() throws Exception {
        var response = mvc.perform(get("/reports/district").param("year", "2023").param("format", "pdf").with(user(district)))
                .andExpect(status().isOk()).andReturn().getResponse();
        byte[] pdf = response.getContentAsByteArray();
        // kept for a look (pdftoppm -png target/report-charts.pdf)
        Files.write(Path.of("target", "report-charts.pdf"), pdf);
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("逐月兑现公开承诺与解决问题").contains("群众身边小问题分类（反映与解决）")
                    .contains("在建和运营产业项目（按类别和状态）").contains("兑现承诺与解决问题（按月）");
            // the three charts are drawn as images, and the trend's line has the dashboard's blue (ECharts' first colour)
            int images = 0;
            boolean blue = false;
            var renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                var resources = document.getPage(i).getResources();
                for (var name : resources.getXObjectNames()) {
                    if (resources.isImageXObject(name)) {
                        images++;
                        blue |= hasBlue(renderer.renderImageWithDPI(i, 50));
                    }
                }
            }
            assertThat(images).isEqualTo(3);
            assertThat(blue).isTrue();
        }
    }
}
