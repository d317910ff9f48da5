package org.cunwu.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.cunwu.DemoIntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * Published reports on the demo district: a report frozen as published stays so when the records change, and its
 * page shows what changed since; nobody can change or delete it; each role publishes and reads its own scope only;
 * bad input is refused with the form kept.
 */
@DemoIntegrationTest
@Transactional
class PublishedReportTests {

    static final PortalUser STAFF = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
    static final PortalUser VIEWER = VillageFixtures.user(Role.VIEWER, null, null);

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PublishedReports store;

    Long ceshan;
    Long chudun;

    @BeforeEach
    void findTowns() {
        ceshan = jdbc.queryForObject("select id from town where name = '册山街道'", Long.class);
        chudun = jdbc.queryForObject("select id from town where name = '褚墩镇'", Long.class);
    }

    String page(String url, PortalUser as) throws Exception {
        return mvc.perform(get(url).with(user(as))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    long publish(PortalUser as, String level, Long scopeId, String title) throws Exception {
        MvcResult result = mvc.perform(post("/reports/published").with(user(as)).with(csrf()).param("level", level)
                .param("scopeId", scopeId == null ? "" : scopeId.toString()).param("year", "2023").param("title", title)
                .param("note", "报送市委组织部")).andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/reports/published/");
        return Long.parseLong(location.substring("/reports/published/".length()));
    }

    long petitionsResolvedIn2023() {
        return jdbc.queryForObject("select count(*) from problem where petition and status = 'RESOLVED' "
                + "and resolved_on between date '2023-01-01' and date '2023-12-31'", Long.class);
    }

    @Test
    void aPublishedSummaryStaysAsPublishedAndShowsWhatChangedSince() throws Exception {
        long petitions = petitionsResolvedIn2023();
        assertThat(petitions).isEqualTo(12);
        long id = publish(STAFF, "DISTRICT", null, "2023年度全区村务工作汇总（报市委组织部）");

        String published = page("/reports/published/" + id, STAFF);
        assertThat(published).contains("2023年度全区村务工作汇总（报市委组织部）").contains("报送市委组织部").contains("测试DISTRICT_STAFF (test-district_staff)")
                .contains("无变化").contains("统计口径").contains("化解信访矛盾");
        // nothing changed: the comparison stays folded so that the report comes first; the frozen tables have no links, and
        // so do not tell the reader to click a figure (the live report does)
        assertThat(published).containsPattern("<details class=\"published-compare[^\"]*\">");
        assertThat(published.substring(published.indexOf("frozen-body"))).doesNotContain("点击数字");
        assertThat(page("/reports/district?year=2023", STAFF)).contains("点击数字可查看对应清单");
        assertThat(count("select count(*) from published_figure where report_id = " + id + " and unit_id is null"))
                .isEqualTo(Figure.values().length);
        assertThat(jdbc.queryForObject("select value from published_figure where report_id = ? and unit_id is null and figure = 'PETITIONS_RESOLVED'",
                BigDecimal.class, id)).isEqualByComparingTo("12");
        assertThat(count("select count(distinct unit_id) from published_figure where report_id = " + id)).isEqualTo(
                count("select count(*) from town"));

        // a petition of a village of 册山街道 resolved in 2023 is recorded afterwards
        Long village = jdbc.queryForObject("select min(id) from village where town_id = ?", Long.class, ceshan);
        Long category = jdbc.queryForObject("select min(id) from problem_category", Long.class);
        jdbc.update("insert into problem (village_id, source, category_id, petition, title, reported_on, status, resolved_on) "
                + "values (?, 'PETITION', ?, true, '补录的信访事项', date '2023-05-01', 'RESOLVED', date '2023-06-01')", village, category);
        assertThat(petitionsResolvedIn2023()).isEqualTo(13);

        String after = page("/reports/published/" + id, STAFF);
        String frozen = after.substring(after.indexOf("frozen-body"));
        String comparison = after.substring(after.indexOf("compare-table"), after.indexOf("frozen-body"));
        // the published tables still say 12; the comparison says 12 then, 13 now, +1, and names the town
        assertThat(frozen).containsPattern("化解信访矛盾（个）</td>\\s*<td class=\"text-end num\"><span>12</span>");
        assertThat(comparison).containsPattern("(?s)changed\">\\s*<td><span>化解信访矛盾（个）</span>.*?<td class=\"text-end num\">12</td>\\s*"
                + "<td class=\"text-end num\">13</td>\\s*<td class=\"text-end num\">\\+1</td>");
        assertThat(after).contains("变化").contains("<strong>册山街道</strong>");
        assertThat(after).as("a change unfolds the comparison").containsPattern("<details class=\"published-compare[^\"]*\"\\s+open");
        // the live report counts today's records
        assertThat(page("/reports/district?year=2023", STAFF)).contains("2023年度全区村务工作汇总（报市委组织部）");
    }

    @Test
    void nobodyCanChangeOrDeleteAPublishedReport() throws Exception {
        long id = publish(STAFF, "DISTRICT", null, "不可更改的定稿");
        assertThatThrownBy(() -> jdbc.update("update published_report set title = '改过的' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be changed or deleted");
        assertThatThrownBy(() -> jdbc.update("update published_figure set value = 99 where report_id = ?", id))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from published_definition where report_id = ?", id))
                .isInstanceOf(DataAccessException.class);
    }

    @Test
    void aDoubleClickPublishesOnce() throws Exception {
        long first = publish(STAFF, "TOWN", ceshan, "册山街道2023年工作报告");
        long second = publish(STAFF, "TOWN", ceshan, "册山街道2023年工作报告");
        assertThat(second).isEqualTo(first);
        assertThat(publish(STAFF, "TOWN", ceshan, "册山街道2023年工作报告（修订）")).isNotEqualTo(first);
    }

    @Test
    void eachRolePublishesAndReadsItsOwnScopeOnly() throws Exception {
        PortalUser ceshanStaff = VillageFixtures.user(Role.TOWN_STAFF, ceshan, null);
        PortalUser chudunStaff = VillageFixtures.user(Role.TOWN_STAFF, chudun, null);
        Long chudunVillage = jdbc.queryForObject("select min(id) from village where town_id = ?", Long.class, chudun);
        PortalUser chudunSecretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, chudun, chudunVillage);

        long town = publish(ceshanStaff, "TOWN", ceshan, "册山街道定稿");
        long village = publish(chudunSecretary, "VILLAGE", chudunVillage, "褚墩村级定稿");
        long district = publish(STAFF, "DISTRICT", null, "全区定稿");

        assertThat(page("/reports/published/" + town, ceshanStaff)).contains("册山街道定稿");
        mvc.perform(get("/reports/published/" + town).with(user(chudunStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/published/" + town).with(user(chudunSecretary))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/published/" + district).with(user(ceshanStaff))).andExpect(status().isNotFound());
        assertThat(page("/reports/published/" + village, chudunStaff)).contains("褚墩村级定稿");
        mvc.perform(get("/reports/published/" + village).with(user(ceshanStaff))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/published/x").with(user(STAFF))).andExpect(status().isNotFound());

        assertThat(page("/reports/published", chudunStaff)).contains("褚墩村级定稿").doesNotContain("册山街道定稿").doesNotContain("全区定稿");
        assertThat(page("/reports/published", VIEWER)).contains("褚墩村级定稿").contains("册山街道定稿").contains("全区定稿");
        assertThat(page("/reports/published", VIEWER)).as("the menu marks where the user is")
                .containsPattern("class=\"nav-link active\" aria-current=\"page\" href=\"/reports\"");
        assertThat(page("/reports/published?level=TOWN", VIEWER)).contains("册山街道定稿").doesNotContain("全区定稿");
        assertThat(page("/reports/published?level=nonsense&page=x", VIEWER)).contains("全区定稿").contains("“nonsense”无法识别");
        assertThat(page("/reports/published?q=册山", VIEWER)).contains("册山街道定稿").doesNotContain("全区定稿").doesNotContain("褚墩村级定稿");
        assertThat(page("/reports/published?q=100%25", VIEWER)).doesNotContain("册山街道定稿").doesNotContain("全区定稿");
        assertThat(page("/reports/published?year=2023", VIEWER)).contains("全区定稿").contains("册山街道定稿");
        assertThat(page("/reports/published?year=2024", VIEWER)).doesNotContain("全区定稿").doesNotContain("册山街道定稿");

        // a report URL cannot be edited into another scope, and leaders read but do not publish
        mvc.perform(post("/reports/published").with(user(ceshanStaff)).with(csrf()).param("level", "TOWN").param("scopeId", chudun.toString())
                .param("year", "2023").param("title", "越权")).andExpect(status().isNotFound());
        mvc.perform(post("/reports/published").with(user(ceshanStaff)).with(csrf()).param("level", "DISTRICT")
                .param("year", "2023").param("title", "越权")).andExpect(status().isForbidden());
        mvc.perform(post("/reports/published").with(user(VIEWER)).with(csrf()).param("level", "DISTRICT")
                .param("year", "2023").param("title", "领导")).andExpect(status().isForbidden());
        assertThat(page("/reports/district?year=2023", VIEWER)).doesNotContain("publish-title");
        assertThat(page("/reports/district?year=2023", STAFF)).contains("publish-title").contains("罗庄区全区工作汇总（2023 年）");
        assertThat(count("select count(*) from published_report where title in ('越权', '领导')")).isZero();
    }

    @Test
    void badInputIsRefusedWithTheFormKept() throws Exception {
        long before = count("select count(*) from published_report");
        MvcResult refused = mvc.perform(post("/reports/published").with(user(STAFF)).with(csrf()).param("level", "DISTRICT")
                .param("year", "2023").param("title", "  ").param("note", "我写的说明")).andExpect(redirectedUrl("/reports/district?year=2023"))
                .andExpect(flash().attribute("publishError", "published.error.title")).andExpect(flash().attribute("publishNote", "我写的说明"))
                .andReturn();
        mvc.perform(post("/reports/published").with(user(STAFF)).with(csrf()).param("level", "DISTRICT").param("year", "2023")
                .param("title", "题".repeat(201))).andExpect(flash().attribute("publishError", "published.error.title"));
        mvc.perform(post("/reports/published").with(user(STAFF)).with(csrf()).param("level", "DISTRICT").param("year", "2023")
                .param("title", "说明太长").param("note", "长".repeat(1001))).andExpect(flash().attribute("publishError", "published.error.note"));
        mvc.perform(post("/reports/published").with(user(STAFF)).with(csrf()).param("level", "DISTRICT").param("year", "abc")
                .param("title", "期间不对")).andExpect(flash().attribute("publishError", "published.error.period"));
        mvc.perform(post("/reports/published").with(user(STAFF)).with(csrf()).param("level", "TOWN").param("scopeId", "abc")
                .param("title", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/reports/published").with(user(STAFF)).with(csrf()).param("level", "PROVINCE")
                .param("title", "x")).andExpect(status().isNotFound());
        assertThat(count("select count(*) from published_report")).isEqualTo(before);

        // the report page the browser is sent back to (same session) shows the refusal with the note as typed
        String page = mvc.perform(get("/reports/district?year=2023").with(user(STAFF))
                .cookie(refused.getResponse().getCookies()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("请填写标题（不超过 200 字）").contains("我写的说明").contains("<details class=\"publish-report no-print mb-3\" open");
    }

    @Test
    void aPublishedReportPrintsAsPdfAndReadsInEnglish() throws Exception {
        long id = publish(STAFF, "DISTRICT", null, "2023年度全区工作汇总定稿");
        byte[] pdf = mvc.perform(get("/reports/published/" + id + "?format=pdf").with(user(STAFF))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("2023年度全区工作汇总定稿").contains("定稿版本").contains("test-district_staff").contains("报送市委组织部")
                    .contains("罗庄区").contains("全区工作汇总").contains("调整不胜任村干部").contains("统计口径").contains("2023");
        }
        assertThat(page("/reports/published/" + id + "?lang=en", STAFF)).contains("District summary").contains("Definitions")
                .contains("Against today&#39;s figures");
    }

    @Test
    void aDefinitionChangedSincePublishingIsMarked() {
        long id = store.insert(new PublishedReport(null, ReportScope.Level.DISTRICT, null, null, null, "罗庄区", "罗庄区",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31), "year=2023", "2023 年", "2023", "旧口径的定稿", null,
                null, "someone", null), "<div>旧</div>", "<div>old</div>",
                List.of(new PublishedReport.Value(null, null, Figure.PETITIONS_RESOLVED, BigDecimal.valueOf(12))),
                List.of(new PublishedReport.Definition(Figure.PETITIONS_RESOLVED, "化解信访矛盾（个）", "Petitions resolved",
                        "按旧办法统计的信访", "old way")));
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(STAFF, null, STAFF.getAuthorities()));
        try {
            var comparison = published.compare(published.find(id), Locale.SIMPLIFIED_CHINESE);
            assertThat(comparison.rows()).singleElement().satisfies(row -> {
                assertThat(row.definitionChanged()).isTrue();
                assertThat(row.definition()).isEqualTo("按旧办法统计的信访");
                assertThat(row.then()).isEqualTo("12");
                assertThat(row.now()).isEqualTo("12");
                assertThat(row.changed()).isFalse();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Autowired
    PublishedReportService published;

    long count(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }
}
