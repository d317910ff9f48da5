package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.cunwu.cadres.internal.PostHeld;
import org.cunwu.representatives.internal.HouseholdVisit;
import org.cunwu.shared.history.HistoryEntry;
import org.cunwu.shared.history.HistoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * History on the demo's own records: the demo loader (like an import or SQL) writes records without a revision, and
 * dictionary entries can be deleted while old revisions still name them. A record's page must open all the same.
 */
@DemoIntegrationTest
class DemoHistoryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserDetailsService accounts;

    @Autowired
    HistoryService history;

    @Test
    void aVisitASecretaryRecordsForADemoRepresentativeOpensWithItsHistory() throws Exception {
        UserDetails secretary = accounts.loadUserByUsername("sec-chudun1");
        Long representative = jdbc.queryForObject("""
                select r.id from representative r join village v on v.id = r.village_id where v.name = '褚墩一村' order by r.id limit 1
                """, Long.class);
        String name = jdbc.queryForObject("select name from representative where id = ?", String.class, representative);
        assertThat(jdbc.queryForObject("select count(*) from representative_aud where id = ?", Long.class, representative))
                .as("the demo loader wrote the representative without a revision").isZero();

        PageForm form = postFormOn(get("/visits/new").param("representativeId", representative.toString()), secretary, "/visits/new");
        MvcResult saved = submit(form, Map.of(), secretary);
        assertThat(saved.getResponse().getStatus()).isEqualTo(302);
        assertThat(saved.getFlashMap().get("success")).isEqualTo("visit.saved");
        String visitUrl = saved.getResponse().getRedirectedUrl();

        String page = open(visitUrl, secretary);
        assertThat(page).contains(name).doesNotContain("??");
        Long visit = Long.valueOf(visitUrl.substring(visitUrl.lastIndexOf('/') + 1));
        List<HistoryEntry> entries = history.historyOf(HouseholdVisit.class, visit);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).kind()).isEqualTo(HistoryEntry.Kind.CREATED);
        assertThat(entries.get(0).changes()).contains(new HistoryEntry.FieldChange("visit.representative", null, name));
    }

    @Test
    void aProjectWhoseFormerCategoryWasDeletedStillOpens() throws Exception {
        UserDetails admin = accounts.loadUserByUsername("admin");
        UserDetails district = accounts.loadUserByUsername("district");
        Long project = jdbc.queryForObject("select min(id) from project", Long.class);
        Long original = jdbc.queryForObject("select category_id from project where id = ?", Long.class, project);
        Long temporary = addDictionaryEntry("/admin/dictionaries/project-categories", "project_category", "HISTORY_ONLY_CATEGORY", admin);

        changeCategory(project, temporary, district);
        changeCategory(project, original, district);
        MvcResult deleted = mvc.perform(post("/admin/dictionaries/project-categories/" + temporary + "/delete").with(user(admin)).with(csrf()))
                .andReturn();
        assertThat(deleted.getFlashMap().get("success")).as("an entry only history refers to may be deleted").isEqualTo("dictionary.deleted");

        String page = open("/projects/" + project, district);
        assertThat(page).contains("（已删除）").doesNotContain("??");
    }

    @Test
    void aPostWhosePostTypeWasDeletedKeepsItsHistory() throws Exception {
        UserDetails admin = accounts.loadUserByUsername("admin");
        UserDetails district = accounts.loadUserByUsername("district");
        Long person = jdbc.queryForObject("select min(person_id) from post_held", Long.class);
        Long village = jdbc.queryForObject("select village_id from post_held where person_id = ? limit 1", Long.class, person);
        Long temporary = addDictionaryEntry("/admin/dictionaries/posts", "post_type", "HISTORY_ONLY_POST", admin);

        PageForm appoint = PageForm.in(open("/cadres/" + person, district), "/cadres/" + person).stream()
                .filter(f -> f.action().endsWith("/appoint")).findFirst().orElseThrow();
        MvcResult appointed = submit(appoint, Map.of("villageId", village.toString(), "postTypeId", temporary.toString()), district);
        assertThat(appointed.getFlashMap().get("success")).isEqualTo("post.appointed");
        Long post = jdbc.queryForObject("select id from post_held where post_type_id = ?", Long.class, temporary);
        // a bulk correction in SQL (no revision) moves the post to another type: only its history still names the entry
        jdbc.update("update post_held set post_type_id = (select id from post_type where code = 'RESERVE_CADRE') where id = ?", post);
        MvcResult deleted = mvc.perform(post("/admin/dictionaries/posts/" + temporary + "/delete").with(user(admin)).with(csrf()))
                .andReturn();
        assertThat(deleted.getFlashMap().get("success")).isEqualTo("dictionary.deleted");

        List<HistoryEntry> entries = history.historyOf(PostHeld.class, post);
        assertThat(entries).hasSize(1);
        assertThat(entries.get(0).changes()).contains(new HistoryEntry.FieldChange("post.postType", null, "msg:history.deletedRecord"));
        assertThat(open("/cadres/" + person, district)).doesNotContain("??");
    }

    Long addDictionaryEntry(String url, String table, String code, UserDetails admin) throws Exception {
        MvcResult added = mvc.perform(post(url).with(user(admin)).with(csrf())
                .param("code", code).param("nameZh", "只在历史中").param("nameEn", "Only in history").param("sortOrder", "900")).andReturn();
        assertThat(added.getFlashMap().get("success")).isEqualTo("dictionary.saved");
        return jdbc.queryForObject("select id from " + table + " where code = ?", Long.class, code);
    }

    void changeCategory(Long project, Long category, UserDetails as) throws Exception {
        PageForm edit = postFormOn(get("/projects/" + project + "/edit"), as, "/projects/" + project + "/edit");
        MvcResult saved = submit(edit, Map.of("categoryId", category.toString()), as);
        assertThat(saved.getFlashMap().get("success")).isEqualTo("project.saved");
    }

    PageForm postFormOn(MockHttpServletRequestBuilder page, UserDetails as, String url) throws Exception {
        MockHttpServletResponse response = mvc.perform(page.with(user(as))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return PageForm.in(response.getContentAsString(StandardCharsets.UTF_8), url).stream()
                .filter(f -> f.method().equals("post") && f.action().startsWith(url)).findFirst().orElseThrow();
    }

    /** Sends the form as the browser would; the session's CSRF token is the test's own. */
    MvcResult submit(PageForm form, Map<String, String> overrides, UserDetails as) throws Exception {
        MockHttpServletRequestBuilder request = post(form.action()).with(user(as)).with(csrf());
        form.plausible(overrides).stream().filter(p -> !p.getKey().equals("_csrf")).forEach(p -> request.param(p.getKey(), p.getValue()));
        return mvc.perform(request).andReturn();
    }

    String open(String url, UserDetails as) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(url).with(user(as))).andReturn().getResponse();
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }
}
