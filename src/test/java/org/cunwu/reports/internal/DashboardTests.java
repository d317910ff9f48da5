package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The home page's dashboard on the demo data: each role sees its own scope's figures, and the charts' data is the report's. */
@DemoIntegrationTest
class DashboardTests {

    static final Pattern JSON_BLOCK = Pattern.compile("<script type=\"application/json\" id=\"([a-z-]+)-data\">(.*?)</script>", Pattern.DOTALL);

    @Autowired
    DashboardSection dashboard;

    @Autowired
    ReportService reports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MockMvc mvc;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        LocaleContextHolder.resetLocaleContext();
    }

    void signIn(PortalUser user) {
        LocaleContextHolder.setLocale(Locale.SIMPLIFIED_CHINESE);
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** The dashboard a user sees for a year: their own scope's. */
    Map<String, Object> ownDashboard(PortalUser user, int year) {
        signIn(user);
        return dashboard.data(reports.own().orElseThrow(), year);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }

    Long id(String sql, String name) {
        return jdbc.queryForObject(sql, Long.class, name);
    }

    @SuppressWarnings("unchecked")
    static DashboardChart chart(Map<String, Object> data, String id) {
        return ((List<DashboardChart>) data.get("charts")).stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    static long sum(DashboardChart chart, int series) {
        return chart.series().get(series).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The charts' JSON blocks of a page, by chart id. */
    Map<String, JsonNode> chartData(String page) {
        Map<String, JsonNode> blocks = new LinkedHashMap<>();
        Matcher m = JSON_BLOCK.matcher(page);
        while (m.find()) {
            blocks.put(m.group(1), json.readTree(m.group(2)));
        }
        return blocks;
    }

    static List<Long> values(JsonNode chart, int series) {
        List<Long> values = new ArrayList<>();
        chart.get("series").get(series).get("values").forEach(v -> values.add(v.asLong()));
        return values;
    }

    String home(PortalUser user) throws Exception {
        return mvc.perform(get("/").with(user(user))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theDistrictsMonthsAndCategoriesOf2023AddUpToItsFiguresCountedIndependently() {
        signIn(district);
        Map<String, Object> data = dashboard.data(reports.district(), 2023);
        Figures total = (Figures) data.get("total");

        long resolved = count("select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'");
        assertThat(resolved).isGreaterThan(10000);
        assertThat(total.count(Figure.PROBLEMS_RESOLVED)).isEqualTo(resolved);
        DashboardChart monthly = chart(data, "dashboard-monthly");
        assertThat(monthly.labels()).hasSize(12).startsWith("1月").endsWith("12月");
        assertThat(sum(monthly, 1)).as("the 12 months' problems resolved").isEqualTo(resolved);
        assertThat(sum(monthly, 0)).as("the 12 months' commitments fulfilled").isEqualTo(count(
                "select count(*) from commitment where public_notice and status = 'FULFILLED' and fulfilled_on between '2023-01-01' and '2023-12-31'"));
        assertThat(monthly.series().get(1).values().get(4)).as("May").isEqualTo(count(
                "select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-05-01' and '2023-05-31'"));

        DashboardChart problems = chart(data, "dashboard-problems");
        assertThat(problems.labels()).hasSize((int) count("select count(*) from problem_category"));
        assertThat(sum(problems, 0)).isEqualTo(total.count(Figure.PROBLEMS_RAISED))
                .isEqualTo(count("select count(*) from problem where reported_on between '2023-01-01' and '2023-12-31'"));
        assertThat(sum(problems, 1)).isEqualTo(resolved);

        DashboardChart projects = chart(data, "dashboard-projects");
        assertThat(projects.labels()).isNotEmpty();
        assertThat(sum(projects, 0)).isEqualTo(total.count(Figure.PROJECTS_ACTIVE)).isEqualTo(count("""
                select count(*) from project where (started_on is null or started_on <= '2023-12-31')
                and (finished_on is null or finished_on >= '2023-01-01')"""));

        @SuppressWarnings("unchecked")
        Map<String, String> chartJson = (Map<String, String>) data.get("chartJson");
        JsonNode monthlyJson = json.readTree(chartJson.get("dashboard-monthly"));
        assertThat(values(monthlyJson, 1)).isEqualTo(monthly.series().get(1).values());
        assertThat(monthlyJson.get("kind").asString()).isEqualTo("line");
    }

    @Test
    void theHomePageShowsAPastYearWhenAskedAndThisYearOtherwise() throws Exception {
        long resolved = jdbc.queryForObject(
                "select count(*) from problem where status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'", Long.class);
        String page = mvc.perform(get("/").param("year", "2023").with(user(district))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("2023 年工作概况").contains(String.format("%,d", resolved)).contains("<option value=\"2023\" selected=\"selected\">");
        String unreadable = mvc.perform(get("/").param("year", "1999").with(user(district))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unreadable).contains(LocalDate.now().getYear() + " 年工作概况");
        assertThat(page).as("a year with records says nothing of others").doesNotContain("dashboard-empty-year");
    }

    @Test
    void aYearWithoutRecordsPointsToTheLatestYearWithSome() throws Exception {
        int latest = jdbc.queryForObject("select extract(year from max(d)) from (select max(reported_on) d from problem union all "
                + "select max(received_on) from reception union all select max(pledged_on) from commitment where public_notice) m "
                + "where d <= current_date", Integer.class);
        int current = LocalDate.now().getYear();
        long thisYear = jdbc.queryForObject("select count(*) from report_event where extract(year from on_date) = ?", Long.class, current);
        Assumptions.assumeTrue(thisYear == 0 && latest < current, "the demo district has no records this year");
        String page = mvc.perform(get("/").with(user(district))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("最近有记录的是 " + latest + " 年").contains("href=\"/?year=" + latest + "\"");
    }

    @Test
    void aTownsAndAVillagesDashboardCountOnlyTheirOwnRecords() {
        Long ceshan = id("select id from town where name = ?", "册山街道");
        Map<String, Object> townData = ownDashboard(VillageFixtures.user(Role.TOWN_STAFF, ceshan, null), 2023);
        assertThat(((ReportScope) townData.get("scope")).id()).isEqualTo(ceshan);
        long townResolved = count("""
                select count(*) from problem p join village v on v.id = p.village_id where v.town_id = ?
                and p.status = 'RESOLVED' and p.resolved_on between '2023-01-01' and '2023-12-31'""", ceshan);
        assertThat(townResolved).isPositive().isLessThan(count("select count(*) from problem where status = 'RESOLVED'"));
        assertThat(((Figures) townData.get("total")).count(Figure.PROBLEMS_RESOLVED)).isEqualTo(townResolved);
        assertThat(sum(chart(townData, "dashboard-monthly"), 1)).isEqualTo(townResolved);
        assertThat(sum(chart(townData, "dashboard-problems"), 1)).isEqualTo(townResolved);

        Long chudun1 = id("select id from village where name = ?", "褚墩一村");
        Map<String, Object> villageData = ownDashboard(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, chudun1), 2023);
        assertThat(((ReportScope) villageData.get("scope")).villageId()).isEqualTo(chudun1);
        long villageCommitments = count("""
                select count(*) from commitment where village_id = ? and public_notice and pledged_on between '2023-01-01' and '2023-12-31'""", chudun1);
        assertThat(((Figures) villageData.get("total")).count(Figure.COMMITMENTS)).isEqualTo(villageCommitments);
        assertThat(sum(chart(villageData, "dashboard-monthly"), 1)).isEqualTo(count(
                "select count(*) from problem where village_id = ? and status = 'RESOLVED' and resolved_on between '2023-01-01' and '2023-12-31'", chudun1));
        assertThat(((ReportLinks) villageData.get("links")).of("COMMITMENTS")).contains("villageId=" + chudun1);
    }

    @Test
    void theDistrictsHomePageOf2023ShowsItsFiguresAndChartsWithTheirDataTables() throws Exception {
        int year = 2023;
        String page = mvc.perform(get("/").param("year", String.valueOf(year)).with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        signIn(district);
        Period period = Period.ofYear(year, true);
        Report report = reports.report(reports.district(), period);
        ReportLinks links = new ReportLinks(report.scope(), period, report.asOf());

        assertThat(page).contains(year + " 年工作概况").contains("href=\"/reports\"");
        for (String figure : DashboardSection.CARDS) {
            assertThat(page).contains("href=\"" + links.of(figure).replace("&", "&amp;") + "\" data-figure=\"" + figure + "\"");
        }
        assertThat(page).contains("data-figure=\"PROBLEMS_RESOLVED\"").contains(">" + report.total().text("PROBLEMS_RESOLVED") + "</div>");

        Map<String, JsonNode> charts = chartData(page);
        assertThat(charts).containsOnlyKeys("dashboard-monthly", "dashboard-problems", "dashboard-projects");
        assertThat(values(charts.get("dashboard-monthly"), 1).stream().mapToLong(Long::longValue).sum())
                .isEqualTo(report.total().count(Figure.PROBLEMS_RESOLVED))
                .isEqualTo(count("select count(*) from problem where status = 'RESOLVED' and resolved_on between ? and ?",
                        Date.valueOf(period.from()), Date.valueOf(period.to())));
        assertThat(values(charts.get("dashboard-problems"), 0))
                .isEqualTo(report.problemCategories().stream().map(Report.CategoryRow::raised).toList());
        assertThat(values(charts.get("dashboard-projects"), 0)).isEqualTo(report.projects().stream().map(Report.ProjectRow::count).toList());

        for (String id : charts.keySet()) {
            assertThat(page).contains("<div class=\"dashboard-chart\" role=\"img\" id=\"" + id + "\" aria-label=\"");
        }
        assertThat(page.split("<details class=\"dashboard-data\">", -1)).hasSize(4);
        assertThat(page.split("<caption>", -1)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page).contains("<th scope=\"col\">月份</th>").contains("<th scope=\"row\">12月</th>")
                .containsPattern("src=\"/webjars/echarts/[0-9.]+/dist/echarts.common.min-[0-9a-f]{32}.js\"")
                .containsPattern("src=\"/assets/js/dashboard-[0-9a-f]{32}.js\"");
        assertThat(page).as("no inline script or style").doesNotContainPattern("<script>|<script (?!type=\"application/json\"|src=)|style=\"|<style");
    }

    @Test
    void everyRoleWithAScopeSeesItsOwnDashboardAndAnAccountWithoutOneSeesNone() throws Exception {
        Long ceshan = id("select id from town where name = ?", "册山街道");
        Long chudun1 = id("select id from village where name = ?", "褚墩一村");
        assertThat(home(VillageFixtures.user(Role.VIEWER, null, null))).contains("id=\"dashboard-title\"><span>罗庄区</span>").contains("dashboard-monthly");
        assertThat(home(VillageFixtures.user(Role.ADMIN, null, null))).contains("dashboard-projects");
        assertThat(home(VillageFixtures.user(Role.TOWN_STAFF, ceshan, null))).contains("id=\"dashboard-title\"><span>册山街道</span>").contains("townId=").doesNotContain("<span>罗庄区</span>");
        String secretary = home(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, chudun1));
        assertThat(secretary).contains("褚墩一村").contains("villageId=" + chudun1).contains("dashboard-problems")
                .as("the secretary's own section is still there").contains("secretary-today");
        assertThat(home(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, null))).doesNotContain("class=\"dashboard ");
        String english = mvc.perform(get("/").param("year", "2023").param("lang", "en").with(user(district))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(english).contains("Data table").contains("\"Jan\"").contains("Problems resolved");
    }

    @Test
    void aSecretarysHomeOfAYearWithoutRecordsShowsTablesWithoutLoadingTheChartLibrary() throws Exception {
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, id("select id from village where name = ?", "褚墩一村"));
        signIn(secretary);
        int current = reports.today().getYear();
        Integer empty = IntStream.rangeClosed(current - DashboardSection.PAST_YEARS, current).boxed()
                .filter(y -> !DashboardSection.hasRecords((Report) dashboard.data(reports.own().orElseThrow(), y).get("report")))
                .findFirst().orElse(null);
        Assumptions.assumeTrue(empty != null, "the demo village has a year without records");

        String page = mvc.perform(get("/").param("year", String.valueOf(empty)).with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains(empty + " 年工作概况").doesNotContain("echarts").doesNotContain("dashboard.js")
                .doesNotContain("class=\"dashboard-chart\"");
        assertThat(page.split("<details class=\"dashboard-data\" open=\"open\">", -1)).as("the tables, open").hasSize(4);
        String of2023 = mvc.perform(get("/").param("year", "2023").with(user(secretary))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(of2023).contains("echarts.common.min-").contains("class=\"dashboard-chart\"");
    }

    @Test
    void theChartLibraryIsServedByTheAppWithoutAVersionInItsPath() throws Exception {
        mvc.perform(get("/webjars/echarts/dist/echarts.common.min.js")).andExpect(status().isOk());
        mvc.perform(get("/assets/js/dashboard.js")).andExpect(status().isOk());
    }

    @Test
    void chartDataCannotCloseItsScriptElement() {
        DashboardChart chart = new DashboardChart("x", "bar", "t", "h", List.of("</script><b>&"), List.of());
        assertThat(chart.json(json)).doesNotContain("<").doesNotContain(">").doesNotContain("&");
        assertThat(json.readTree(chart.json(json)).get("labels").get(0).asString()).isEqualTo("</script><b>&");
    }
}
