package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The scope matrix: every route of the portal, signed in as each kind of user, answers exactly what the access
 * policy says — 200 where the user may read or open the form, 404 where the record lies outside the user's scope
 * (its existence is not revealed), 403 where the user sees the record but may not change it. Reads are sent for
 * every user; writes (POST) only for the users who must be refused, so the demo district is not changed.
 *
 * <p>The records are the demo district's own: one village that holds a record of every kind ("in"), a user of its
 * town and its secretary, and a user of another town and the secretary of another village ("out"). A route of the
 * application that has no row here fails {@link #everyRouteIsInTheMatrix()}: a new module states its decision.
 */
@DemoIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ScopeMatrixTests {

    enum Who { ADMIN, DISTRICT, VIEWER, TOWN_IN, TOWN_OUT, SEC_IN, SEC_OUT }

    /** The decisions of PRODUCT.md, as the answer each user gets. */
    enum Rule {
        /** District-public (structure, campaign plans, programmes) and lists, which filter themselves: everyone reads. */
        OPEN(200, 200, 200, 200, 200, 200, 200),
        /** A record of one village: readers of its village, its town and the district; others do not learn it exists. */
        SCOPED(200, 200, 200, 200, 404, 200, 404),
        /** A town's page: the district and the town's staff. */
        TOWN_READ(200, 200, 200, 200, 404, 404, 404),
        /** Changed by the district only, read in scope (towns, clusters, zones): out of scope is not found. */
        SCOPED_DISTRICT_EDIT(200, 200, 403, 403, 404, 403, 404),
        /** Changed by the district only (campaigns, programmes, cohorts). */
        DISTRICT_EDIT(200, 200, 403, 403, 403, 403, 403),
        /** A village's record that the district and its town's staff change (villages, cadres, projects, talents). */
        TOWN_EDIT(200, 200, 403, 200, 404, 403, 404),
        /** A village's record that its secretary changes too (the representatives' daily work). */
        VILLAGE_EDIT(200, 200, 403, 200, 404, 200, 404),
        /** A new record of a village-level kind edited by the district and towns. */
        TOWN_CREATE(200, 200, 403, 200, 200, 403, 403),
        /** A new record of the representatives' daily work. */
        VILLAGE_CREATE(200, 200, 403, 200, 200, 200, 200),
        /** Rating a village's commitments: the staff of its town and its secretary, each from their own seat; not the district. */
        RATE(403, 403, 403, 200, 404, 200, 404),
        /** Accounts and their log. */
        ADMIN_ONLY(200, 403, 403, 403, 403, 403, 403),
        /** Opens the user's own report. */
        REDIRECT(302, 302, 302, 302, 302, 302, 302),
        /** Reports: the district's summary sends town staff and secretaries to their own (302). */
        OWN_REPORT(200, 200, 200, 302, 302, 302, 302),
        /** An inbox item addressed to the staff of the record's town: opening it leads to its record; anyone else does not find it. */
        TOWN_INBOX_ITEM(404, 404, 404, 302, 404, 404, 404),
        /** What only the village itself declares (its quarterly ledger's submission): its secretary, nobody else. */
        VILLAGE_OWN(403, 403, 403, 403, 404, 200, 404);

        final Map<Who, Integer> status = new EnumMap<>(Who.class);

        Rule(int... statuses) {
            for (Who who : Who.values()) {
                status.put(who, statuses[who.ordinal()]);
            }
        }
    }

    record Row(String method, String route, String url, Rule rule) {
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    final Map<Who, PortalUser> users = new EnumMap<>(Who.class);
    final List<Row> rows = new ArrayList<>();

    @BeforeAll
    void chooseRecordsAndUsers() {
        // the village of the demo district that holds a record of every kind the matrix opens
        Long village = jdbc.queryForObject("""
                select v.id from village v
                where exists (select 1 from project p where p.lead_village_id = v.id)
                  and exists (select 1 from talent_person t where t.village_id = v.id)
                  and exists (select 1 from partner_project pp where pp.village_id = v.id)
                  and exists (select 1 from representative r join representative_household h on h.representative_id = r.id where r.village_id = v.id)
                  and exists (select 1 from commitment c where c.village_id = v.id)
                  and exists (select 1 from reception c where c.village_id = v.id)
                  and exists (select 1 from problem c where c.village_id = v.id)
                  and exists (select 1 from post_held c where c.village_id = v.id and c.to_date is null)
                  and exists (select 1 from demonstration_zone_village z where z.village_id = v.id)
                  and v.cluster_id is not null
                order by v.id limit 1""", Long.class);
        Long town = jdbc.queryForObject("select town_id from village where id = ?", Long.class, village);
        Long otherTown = jdbc.queryForObject("select min(id) from town where id <> ?", Long.class, town);
        Long otherVillage = jdbc.queryForObject("select min(id) from village where town_id <> ?", Long.class, town);
        users.put(Who.ADMIN, VillageFixtures.user(Role.ADMIN, null, null));
        users.put(Who.DISTRICT, VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        users.put(Who.VIEWER, VillageFixtures.user(Role.VIEWER, null, null));
        users.put(Who.TOWN_IN, VillageFixtures.user(Role.TOWN_STAFF, town, null));
        users.put(Who.TOWN_OUT, VillageFixtures.user(Role.TOWN_STAFF, otherTown, null));
        users.put(Who.SEC_IN, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village));
        users.put(Who.SEC_OUT, VillageFixtures.user(Role.VILLAGE_SECRETARY, null, otherVillage));

        Function<String, Long> one = sql -> jdbc.queryForObject(sql, Long.class, village);
        long person = one.apply("select min(person_id) from post_held where village_id = ? and to_date is null");
        long post = one.apply("select min(id) from post_held where village_id = ? and to_date is null");
        long project = one.apply("select min(id) from project where lead_village_id = ?");
        long talent = one.apply("select min(id) from talent_person where village_id = ?");
        long partner = one.apply("select min(id) from partner_project where village_id = ?");
        long representative = one.apply("select min(r.id) from representative r join representative_household h on h.representative_id = r.id where r.village_id = ?");
        long commitment = one.apply("select min(id) from commitment where village_id = ?");
        long reception = one.apply("select min(id) from reception where village_id = ?");
        long problem = one.apply("select min(id) from problem where village_id = ?");
        long visit = visitIn(village, representative);
        long cluster = one.apply("select cluster_id from village where id = ?");
        long zone = one.apply("select min(zone_id) from demonstration_zone_village where village_id = ?");
        long published = publishedReportOf(village);
        long campaign = jdbc.queryForObject("select min(campaign_id) from campaign_task", Long.class);
        long task = jdbc.queryForObject("select min(id) from campaign_task where campaign_id = ?", Long.class, campaign);
        long program = jdbc.queryForObject("select min(id) from talent_program", Long.class);
        long cohort = jdbc.queryForObject("select min(id) from cohort", Long.class);
        long postType = jdbc.queryForObject("select min(id) from post_type", Long.class);
        long category = jdbc.queryForObject("select min(id) from project_category", Long.class);
        long problemCategory = jdbc.queryForObject("select min(id) from problem_category", Long.class);
        long rule = jdbc.queryForObject("select min(id) from point_rule", Long.class);
        long account = jdbc.queryForObject("select min(id) from app_user", Long.class);
        long attachment = attachmentOf(commitment);
        String code = jdbc.queryForObject("select code from village where id = ?", String.class, village);

        // villages: structure
        recordType("/villages", village, Rule.SCOPED, Rule.TOWN_CREATE, Rule.TOWN_EDIT);
        steps("/villages", village, Rule.TOWN_EDIT, "delete");
        read("/towns", "/towns", Rule.OPEN);
        read("/towns?format", "/towns?format=csv", Rule.OPEN);
        structure("/towns", town);
        structure("/clusters", cluster);
        structure("/zones", zone);
        read("/", "/", Rule.OPEN);
        read("/search", "/search?q=村", Rule.OPEN);
        // type-to-search pickers answer everyone with the options of their own scope (PickerTests checks which)
        read("/pickers/villages", "/pickers/villages?q=村", Rule.OPEN);
        read("/pickers/towns", "/pickers/towns?q=镇", Rule.OPEN);
        read("/pickers/zones", "/pickers/zones?q=片区", Rule.OPEN);
        read("/pickers/persons", "/pickers/persons?q=张", Rule.OPEN);
        read("/pickers/enrollees", "/pickers/enrollees?q=张", Rule.OPEN);

        // cadres
        recordType("/cadres", person, Rule.SCOPED, Rule.TOWN_CREATE, Rule.TOWN_EDIT);
        steps("/cadres", person, Rule.TOWN_EDIT, "appoint");
        write("/cadres/posts/{postId}/end", "/cadres/posts/" + post + "/end", Rule.TOWN_EDIT);
        form("/cadres/posts/{postId}/correct", "/cadres/posts/" + post + "/correct", Rule.SCOPED_DISTRICT_EDIT);
        read("/cadres/import", "/cadres/import", Rule.TOWN_CREATE);
        read("/cadres/import/template", "/cadres/import/template", Rule.TOWN_CREATE);
        write("/cadres/import", "/cadres/import", Rule.TOWN_CREATE);
        read("/cadres/cohorts", "/cadres/cohorts", Rule.OPEN);
        read("/cadres/cohorts/{id}", "/cadres/cohorts/" + cohort, Rule.OPEN);
        form("/cadres/cohorts/new", "/cadres/cohorts/new", Rule.DISTRICT_EDIT);
        form("/cadres/cohorts/{id}/edit", "/cadres/cohorts/" + cohort + "/edit", Rule.DISTRICT_EDIT);
        steps("/cadres/cohorts", cohort, Rule.DISTRICT_EDIT, "members");
        write("/cadres/cohorts/{id}/members/{memberId}/delete", "/cadres/cohorts/" + cohort + "/members/0/delete", Rule.DISTRICT_EDIT);
        steps("/cadres/cohorts", cohort, Rule.DISTRICT_EDIT, "activities");
        read("/admin/dictionaries", "/admin/dictionaries", Rule.ADMIN_ONLY);
        dictionary("posts", postType);
        dictionary("project-categories", category);
        dictionary("problem-categories", problemCategory);

        // projects
        recordType("/projects", project, Rule.SCOPED, Rule.TOWN_CREATE, Rule.TOWN_EDIT);
        steps("/projects", project, Rule.TOWN_EDIT, "status", "partners");
        write("/projects/{id}/partners/{partnerId}/delete", "/projects/" + project + "/partners/0/delete", Rule.TOWN_EDIT);
        // a village's team reports its projects' progress
        steps("/projects", project, Rule.VILLAGE_EDIT, "progress");

        // talent
        recordType("/talent", program, Rule.OPEN, Rule.DISTRICT_EDIT, Rule.DISTRICT_EDIT);
        steps("/talent", program, Rule.DISTRICT_EDIT, "enrollments");
        write("/talent/{id}/enrollments/{enrollmentId}/finish", "/talent/" + program + "/enrollments/0/finish", Rule.DISTRICT_EDIT);
        recordType("/talent/pool", talent, Rule.SCOPED, Rule.TOWN_CREATE, Rule.TOWN_EDIT);
        recordType("/talent/partners", partner, Rule.SCOPED, Rule.TOWN_CREATE, Rule.TOWN_EDIT);
        steps("/talent/partners", partner, Rule.TOWN_EDIT, "applications");
        write("/talent/partners/{id}/applications/{applicationId}/status", "/talent/partners/" + partner + "/applications/0/status",
                Rule.TOWN_EDIT);

        // representatives and their work
        recordType("/representatives", representative, Rule.SCOPED, Rule.VILLAGE_CREATE, Rule.VILLAGE_EDIT);
        steps("/representatives", representative, Rule.VILLAGE_EDIT, "households");
        read("/representatives/points", "/representatives/points", Rule.OPEN);
        write("/representatives/points/rules/{ruleId}", "/representatives/points/rules/" + rule, Rule.DISTRICT_EDIT);
        daily("/commitments", commitment, true);
        read("/villages/{id}/notice-board", "/villages/" + village + "/notice-board", Rule.SCOPED);
        daily("/receptions", reception, false);
        daily("/problems", problem, true);
        read("/visits", "/visits", Rule.OPEN);
        read("/visits?format", "/visits?format=csv", Rule.OPEN);
        read("/visits/{id}", "/visits/" + visit, Rule.SCOPED);
        form("/visits/new", "/visits/new", Rule.VILLAGE_CREATE);
        steps("/visits", visit, Rule.VILLAGE_EDIT, "delete");

        // attachments (佐证材料): exactly as visible as their record, changed by who changes it
        write("/attachments/{kind}/{ownerId}", "/attachments/commitment/" + commitment, Rule.VILLAGE_EDIT);
        read("/attachments/{id}", "/attachments/" + attachment, Rule.SCOPED);
        read("/attachments/{id}/thumbnail", "/attachments/" + attachment + "/thumbnail", Rule.SCOPED);
        steps("/attachments", attachment, Rule.VILLAGE_EDIT, "delete");
        // a village's public notice page: anyone, signed in or not (PublicNoticeTests for the latter)
        read("/public/villages/{code}", "/public/villages/" + code, Rule.OPEN);

        // campaigns: the district's plans are district-public
        read("/campaigns", "/campaigns", Rule.OPEN);
        read("/campaigns/{id}", "/campaigns/" + campaign, Rule.OPEN);
        read("/campaigns/{id}?format", "/campaigns/" + campaign + "?format=csv", Rule.OPEN);
        form("/campaigns/new", "/campaigns/new", Rule.DISTRICT_EDIT);
        form("/campaigns/{id}/edit", "/campaigns/" + campaign + "/edit", Rule.DISTRICT_EDIT);
        steps("/campaigns", campaign, Rule.DISTRICT_EDIT, "directions");
        form("/campaigns/{id}/tasks/new", "/campaigns/" + campaign + "/tasks/new", Rule.DISTRICT_EDIT);
        form("/campaigns/{id}/tasks/{taskId}/edit", "/campaigns/" + campaign + "/tasks/" + task + "/edit", Rule.DISTRICT_EDIT);
        write("/campaigns/{id}/tasks/{taskId}/status", "/campaigns/" + campaign + "/tasks/" + task + "/status", Rule.DISTRICT_EDIT);
        read("/campaigns/tasks", "/campaigns/tasks", Rule.OPEN);
        read("/campaigns/tasks?format", "/campaigns/tasks?format=csv", Rule.OPEN);

        // reports
        read("/reports", "/reports", Rule.REDIRECT);
        read("/reports/district", "/reports/district?year=2023", Rule.OWN_REPORT);
        read("/reports/towns/{id}", "/reports/towns/" + town + "?year=2023", Rule.TOWN_READ);
        read("/reports/villages/{id}", "/reports/villages/" + village + "?year=2023", Rule.SCOPED);
        read("/reports/summary", "/reports/summary?year=2023", Rule.OPEN);
        // a report's scope named by parameter is checked like the report's own address
        read("/reports/summary", "/reports/summary?year=2023&villageId=" + village, Rule.SCOPED);
        read("/reports/summary", "/reports/summary?year=2023&townId=" + town, Rule.TOWN_READ);
        read("/reports/published", "/reports/published", Rule.OPEN);
        read("/reports/published/{id}", "/reports/published/" + published, Rule.SCOPED);
        write("/reports/published", "/reports/published?level=VILLAGE&scopeId=" + village + "&year=2023&title=matrix", Rule.VILLAGE_EDIT);

        // evaluations: the district's plan is public to readers, results and rating are scoped
        long evaluation = jdbc.queryForObject("select id from evaluation where year = 2023", Long.class);
        long panelMember = panelMemberIn(evaluation, village, representative);
        String ofVillage = "/evaluations/" + evaluation + "/villages/" + village;
        read("/evaluations", "/evaluations", Rule.OPEN);
        form("/evaluations/new", "/evaluations/new", Rule.DISTRICT_EDIT);
        read("/evaluations/{id}", "/evaluations/" + evaluation, Rule.OPEN);
        read("/evaluations/{id}", "/evaluations/" + evaluation + "?townId=" + town, Rule.TOWN_READ);
        read("/evaluations/{id}?format", "/evaluations/" + evaluation + "?format=xlsx", Rule.OPEN);
        steps("/evaluations", evaluation, Rule.DISTRICT_EDIT, "close");
        read("/evaluations/{id}/villages/{villageId}", ofVillage, Rule.SCOPED);
        read("/evaluations/{id}/villages/{villageId}?format", ofVillage + "?format=xlsx", Rule.SCOPED);
        form("/evaluations/{id}/villages/{villageId}/rate", ofVillage + "/rate", Rule.RATE);
        form("/evaluations/{id}/villages/{villageId}/panel", ofVillage + "/panel", Rule.VILLAGE_EDIT);
        form("/evaluations/{id}/villages/{villageId}/panel/{representativeId}", ofVillage + "/panel/" + panelMember, Rule.VILLAGE_EDIT);
        form("/evaluations/{id}/talks/{representativeId}", "/evaluations/" + evaluation + "/talks/" + representative, Rule.TOWN_EDIT);

        // accounts
        read("/admin/users", "/admin/users", Rule.ADMIN_ONLY);
        read("/admin/users/audit", "/admin/users/audit", Rule.ADMIN_ONLY);
        form("/admin/users/new", "/admin/users/new", Rule.ADMIN_ONLY);
        read("/admin/users/{id}", "/admin/users/" + account, Rule.ADMIN_ONLY);
        form("/admin/users/{id}/edit", "/admin/users/" + account + "/edit", Rule.ADMIN_ONLY);
        steps("/admin/users", account, Rule.ADMIN_ONLY, "password");
        form("/account/password", "/account/password", Rule.OPEN);

        // inbox: every user reads their own; an item is found only by those it is addressed to
        long item = jdbc.queryForObject("""
                insert into inbox_item (dedupe_key, kind, role, town_id, subject_key, link)
                values ('scope-matrix:' || ?, 'test', 'TOWN_STAFF', ?, 'inbox.title', '/villages/' || ?) returning id""", Long.class,
                town, town, village);
        read("/inbox", "/inbox", Rule.OPEN);
        read("/inbox/{id}", "/inbox/" + item, Rule.TOWN_INBOX_ITEM);
        steps("/inbox", item, Rule.TOWN_INBOX_ITEM, "read");
        write("/inbox/read", "/inbox/read", Rule.REDIRECT);

        // quarterly ledgers: scoped to their village; the village's secretary submits, its town (or the district) reviews
        long ledger = one.apply("select min(id) from ledger where village_id = ?");
        read("/ledgers", "/ledgers", Rule.OPEN);
        read("/ledgers?format", "/ledgers?format=csv", Rule.OPEN);
        read("/ledgers/overview", "/ledgers/overview?year=2023&quarter=1", Rule.OPEN);
        read("/ledgers/due-days", "/ledgers/due-days", Rule.OPEN);
        write("/ledgers/due-days", "/ledgers/due-days", Rule.DISTRICT_EDIT);
        read("/ledgers/{id}", "/ledgers/" + ledger, Rule.SCOPED);
        steps("/ledgers", ledger, Rule.VILLAGE_OWN, "draft", "submit");
        steps("/ledgers", ledger, Rule.TOWN_EDIT, "review", "return");
        read("/villages/{id}/ledgers", "/villages/" + village + "/ledgers", Rule.SCOPED);
    }

    /** Routes that are not records: signing in and a form kept across an expired session. */
    static final Set<String> NOT_RECORDS = Set.of("GET /login", "GET /account/restore-form");

    @Test
    void everyUserGetsExactlyWhatTheAccessPolicySays() throws Exception {
        List<String> wrong = new ArrayList<>();
        int sent = 0;
        for (Row row : rows) {
            for (Who who : Who.values()) {
                int expected = row.rule().status.get(who);
                boolean write = row.method().equals("POST");
                if (write && expected / 100 == 2) {
                    continue; // allowed writes are the modules' own tests; the matrix does not change the demo district
                }
                var request = write ? post(row.url()).with(csrf()) : get(row.url());
                int actual = mvc.perform(request.with(user(users.get(who)))).andReturn().getResponse().getStatus();
                sent++;
                if (actual != expected) {
                    wrong.add(row.method() + " " + row.url() + " as " + who + ": expected " + expected + " (" + row.rule() + "), got " + actual);
                }
            }
        }
        assertThat(sent).isGreaterThan(500);
        assertThat(wrong).as("answers that differ from the access policy").isEmpty();
    }

    @Test
    void everyRouteIsInTheMatrix() {
        Set<String> routes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, ?> entry : mappings.getHandlerMethods().entrySet()) {
            RequestMappingInfo info = entry.getKey();
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            boolean format = info.getParamsCondition().getExpressions().stream().anyMatch(e -> e.getName().equals("format"));
            for (String pattern : info.getPatternValues()) {
                String route = pattern.replaceAll("\\{(\\w+):[^}]*}", "{$1}") + (format ? "?format" : "");
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    routes.add(method + " " + route);
                }
            }
        }
        routes.removeIf(route -> route.contains("/error"));
        Set<String> covered = rows.stream().map(row -> row.method() + " " + row.route()).collect(Collectors.toSet());
        covered.addAll(NOT_RECORDS);
        assertThat(routes).as("routes without a decision in the scope matrix").isSubsetOf(covered);
    }

    private void read(String route, String url, Rule rule) {
        rows.add(new Row("GET", route, url, rule));
    }

    private void write(String route, String url, Rule rule) {
        rows.add(new Row("POST", route, url, rule));
    }

    /** A form: its page and its submission. */
    private void form(String route, String url, Rule rule) {
        read(route, url, rule);
        write(route, url, rule);
    }

    /** A record type's list and its export (open to every reader), its page, and its creation and edit forms. */
    private void recordType(String base, long id, Rule show, Rule create, Rule edit) {
        read(base, base, Rule.OPEN);
        read(base + "?format", base + "?format=csv", Rule.OPEN);
        read(base + "/{id}", base + "/" + id, show);
        form(base + "/new", base + "/new", create);
        form(base + "/{id}/edit", base + "/" + id + "/edit", edit);
    }

    /** Steps posted from a record's page, {@code <base>/{id}/<step>}. */
    private void steps(String base, long id, Rule rule, String... steps) {
        for (String step : steps) {
            write(base + "/{id}/" + step, base + "/" + id + "/" + step, rule);
        }
    }

    private void structure(String base, long id) {
        recordType(base, id, Rule.SCOPED, Rule.DISTRICT_EDIT, Rule.SCOPED_DISTRICT_EDIT);
        steps(base, id, Rule.SCOPED_DISTRICT_EDIT, "delete");
    }

    /** Dictionaries are the administrator's (PRODUCT.md: "user accounts and dictionaries"). */
    private void dictionary(String key, long id) {
        String route = "/admin/dictionaries/{key}";
        String base = "/admin/dictionaries/" + key;
        read(route, base, Rule.ADMIN_ONLY);
        write(route, base, Rule.ADMIN_ONLY);
        write(route + "/{id}", base + "/" + id, Rule.ADMIN_ONLY);
        write(route + "/{id}/delete", base + "/" + id + "/delete", Rule.ADMIN_ONLY);
    }

    private void daily(String base, long id, boolean statusSteps) {
        recordType(base, id, Rule.SCOPED, Rule.VILLAGE_CREATE, Rule.VILLAGE_EDIT);
        if (statusSteps) {
            steps(base, id, Rule.VILLAGE_EDIT, "status");
        }
    }

    /** The demo district has published nothing: the district's staff publish the chosen village's 2023 report. */
    private long publishedReportOf(Long village) {
        try {
            mvc.perform(post("/reports/published").with(csrf()).with(user(users.get(Who.DISTRICT))).param("level", "VILLAGE")
                    .param("scopeId", village.toString()).param("year", "2023").param("title", "范围矩阵"));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jdbc.queryForObject("select max(id) from published_report", Long.class);
    }

    /** The demo's panels sit in two other villages: the chosen village's representative joins its panel (the evaluation is closed). */
    private long panelMemberIn(long evaluation, Long village, long representative) {
        jdbc.update("""
                insert into evaluation_panel_member (evaluation_id, village_id, representative_id) values (?, ?, ?)
                on conflict do nothing""", evaluation, village, representative);
        return representative;
    }

    /** A photo on the chosen village's commitment, attached by the district's staff as a user would. */
    private long attachmentOf(long commitment) {
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", png);
            mvc.perform(MockMvcRequestBuilders.multipart("/attachments/commitment/" + commitment)
                    .file(new MockMultipartFile("files", "matrix.png", "image/png", png.toByteArray()))
                    .with(csrf()).with(user(users.get(Who.DISTRICT))));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return jdbc.queryForObject("select max(id) from attachment where owner_kind = 'commitment' and owner_id = ?", Long.class, commitment);
    }

    /** The demo district has no household visits: one is written for the chosen village's representative. */
    private long visitIn(Long village, long representative) {
        Long existing = jdbc.queryForObject("select min(id) from household_visit where village_id = ?", Long.class, village);
        if (existing != null) {
            return existing;
        }
        Long household = jdbc.queryForObject("select min(id) from representative_household where representative_id = ?", Long.class,
                representative);
        return jdbc.queryForObject("""
                insert into household_visit (village_id, representative_id, household_id, visited_on, notes, client_token)
                values (?, ?, ?, date '2023-06-01', '走访', 'scope-matrix-visit') returning id""", Long.class, village, representative,
                household);
    }
}
