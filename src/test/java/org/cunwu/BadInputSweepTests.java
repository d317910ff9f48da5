package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.util.HtmlUtils;

/**
 * The bad-input sweep of issue 10, on the demo district through a real server (Tomcat parses the parameters, error pages
 * are rendered as a browser gets them). Signed in as district staff and as a village secretary, it finds the forms and
 * lists from the app's own pages (links from {@code /}, one page of each URL shape, and the result of each search form),
 * then sends every field of one form of each action shape, one field at a time, each hostile value that fits the field,
 * and every list hostile paging, sorting and filter values. It fails on a 5xx, a stack trace or a missing message key
 * (also on the page a redirect leads to), and on a refused submission that still changed a table's row count.
 */
@DemoIntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BadInputSweepTests {

    static final Logger log = LoggerFactory.getLogger(BadInputSweepTests.class);

    static final int MAX_PAGES = 150;
    static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");
    static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[^?<>\\n]{1,80}?\\?\\?");
    /** Sent raw, never encoded: a truncated UTF-8 sequence and a byte that starts no character (valid URI syntax, invalid UTF-8). */
    static final String BROKEN_ENCODING = "%E4%B8%C3%28";

    static final Map<String, String> ANY_FIELD = values(
            "overlong text", "长".repeat(5000),
            "NUL", "a\u0000b",
            "control character", "a\u0007b\u001b",
            "broken %-encoding", BROKEN_ENCODING);
    static final Map<String, String> NUMBER = values(
            "negative number", "-1",
            "huge number", "99999999999999999999",
            "hex number", "0x1F");
    static final Map<String, String> DATE = values(
            "impossible date", "2023-02-30",
            "negative year", "-0002-01-01",
            "five-digit year", "99999-01-01");
    static final Map<String, String> LIST = values(
            "page", "2147483647",
            "page", "-1",
            "size", "2147483647",
            "size", "-5",
            "sort", "noSuchField,desc",
            "sort", "长".repeat(3000),
            "page", BROKEN_ENCODING);

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    final List<String> failures = new ArrayList<>();
    final Map<String, Integer> failuresByCause = new TreeMap<>();
    final Map<String, Integer> acceptedByValue = new TreeMap<>();
    /** Each hostile value a form saved, with the fields that took it: for a reader to judge, in target/bad-input-sweep.txt. */
    final Map<String, List<String>> acceptedFields = new TreeMap<>();
    /** Values no form may save in any field (a one-time token is opaque, so any text is a token). */
    static final Set<String> NEVER_ACCEPTED = Set.of("overlong text", "impossible date", "negative year", "five-digit year",
            "hex number", "huge number");
    int requests;
    int formsSwept;
    int fieldsSwept;
    int listsSwept;
    /** Action and list shapes already swept: a second account sweeps only the ones the first did not reach. */
    final Set<String> swept = new HashSet<>();

    @Test
    void noHostileInputOnAnyFormOrListGivesAServerErrorOrLeavesAHalfSavedRecord() throws Exception {
        long started = System.nanoTime();
        try {
            for (String account : List.of("district", "sec-chudun1")) {
                sweep(account);
            }
        } finally {
            report(started);
        }
        assertThat(formsSwept).as("forms found").isGreaterThanOrEqualTo(20);
        assertThat(failures).as("answers to hostile input (also in target/bad-input-sweep.txt)").isEmpty();
    }

    /**
     * The form crawl (issue 11): as each demo role, every form reachable from the home page is sent once the way a
     * person would send it (the values already there, a plausible value in each empty field), and the page it leads to
     * is opened. No answer may be a server error, a stack trace or a missing message key, and a "saved" message must
     * not be followed by an error page. Forms that would lock the crawl out (passwords, account edits) and deletes are
     * left out.
     */
    @Test
    void everyFormOfEveryRoleSentWithPlausibleValuesLeadsToAWorkingPage() throws Exception {
        Map<String, Integer> sentByAccount = new LinkedHashMap<>();
        Map<String, Integer> savedByAccount = new LinkedHashMap<>();
        // the forms that change a record (marking one's own inbox read changes no record)
        Map<String, List<String>> recordFormsByAccount = new LinkedHashMap<>();
        for (String account : List.of("admin", "district", "town-ceshan", "sec-chudun1", "viewer")) {
            Session session = new Session(account);
            Map<String, PageForm> posts = new LinkedHashMap<>();
            discover(session, posts, new LinkedHashMap<>());
            for (PageForm form : posts.values()) {
                String action = form.action();
                if (!form.submittable() || action.contains("password") || action.matches("/admin/users/\\d+.*") || action.startsWith("/cadres/import")) {
                    continue;
                }
                PageForm fresh = session.formAgain(form);
                Answer answer = session.send("POST", fresh.action(), session.encode(fresh.plausible(Map.of())));
                sentByAccount.merge(account, 1, Integer::sum);
                if (!fresh.action().startsWith("/inbox/")) {
                    recordFormsByAccount.computeIfAbsent(account, a -> new ArrayList<>()).add(shape(fresh.action()));
                }
                String where = account + " POST " + shape(fresh.action()) + " (plausible)";
                if (!inspect(answer, where) || answer.status() / 100 != 3 || answer.location() == null) {
                    continue;
                }
                URI next = URI.create("http://localhost:" + port).resolve(answer.location());
                Answer page = session.get(next.getRawPath() + (next.getRawQuery() == null ? "" : "?" + next.getRawQuery()));
                if (inspect(page, where + " → " + next.getRawPath()) && page.status() != 200 && !next.getRawPath().startsWith("/reports")) {
                    fail("saved, then HTTP " + page.status(), where + " → " + next.getRawPath());
                }
                if (page.body().contains("alert-success")) {
                    savedByAccount.merge(account, 1, Integer::sum);
                }
            }
        }
        log.info("form crawl: forms sent {} , saved {}", sentByAccount, savedByAccount);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "form-crawl.txt"), "forms sent " + sentByAccount + ", saved " + savedByAccount + "\n"
                + String.join("\n", failures));
        assertThat(sentByAccount.getOrDefault("district", 0)).as("district forms sent").isGreaterThanOrEqualTo(20);
        assertThat(sentByAccount.getOrDefault("sec-chudun1", 0)).as("secretary forms sent").isGreaterThanOrEqualTo(5);
        assertThat(recordFormsByAccount.getOrDefault("viewer", List.of())).as("a leader reads: no form changes a record").isEmpty();
        assertThat(savedByAccount.getOrDefault("district", 0)).as("district forms saved").isGreaterThanOrEqualTo(10);
        assertThat(failures).as("answers to plausible forms (also in target/form-crawl.txt)").isEmpty();
    }

    void report(long started) throws IOException {
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        StringBuilder accepted = new StringBuilder();
        acceptedFields.forEach((value, fields) -> accepted.append("accepted ").append(value).append(": ")
                .append(String.join(", ", fields)).append('\n'));
        String report = "bad-input sweep: %d forms, %d fields, %d lists, %d requests in %d s; failures by cause %s; hostile values accepted %s%n%s%n%s"
                .formatted(formsSwept, fieldsSwept, listsSwept, requests, seconds, failuresByCause, acceptedByValue,
                        accepted, String.join("\n", failures));
        log.info(report);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "bad-input-sweep.txt"), report);
    }

    void sweep(String account) throws Exception {
        Session session = new Session(account);
        Map<String, PageForm> posts = new LinkedHashMap<>();
        Map<String, PageForm> lists = new LinkedHashMap<>();
        discover(session, posts, lists);
        log.info("{}: {} post forms and {} lists to sweep", account, posts.size(), lists.size());
        String tables = countingQuery();
        for (Map.Entry<String, PageForm> shapeAndForm : posts.entrySet()) {
            if (!swept.add(shapeAndForm.getKey())) {
                continue;
            }
            PageForm found = shapeAndForm.getValue();
            formsSwept++;
            PageForm form = found;
            for (PageForm.Field field : found.fields()) {
                if (field.name().startsWith("_") || field.kind().equals("file")) {
                    // _csrf, and Spring's "_name" markers beside checkboxes, whose value is never read
                    continue;
                }
                fieldsSwept++;
                for (Map.Entry<String, String> hostile : hostileValuesFor(field).entrySet()) {
                    String before = jdbc.queryForObject(tables, String.class);
                    Answer answer = session.post(form, field.name(), hostile.getValue());
                    String where = account + " POST " + shape(form.action()) + " " + field.name() + "=" + hostile.getKey();
                    boolean refused = check(session, answer, where);
                    if (refused) {
                        String after = jdbc.queryForObject(tables, String.class);
                        if (!after.equals(before)) {
                            fail("half-saved record", where + " changed row counts " + difference(before, after));
                        }
                    } else {
                        acceptedByValue.merge(hostile.getKey().strip(), 1, Integer::sum);
                        acceptedFields.computeIfAbsent(hostile.getKey().strip(), k -> new ArrayList<>())
                                .add(shape(form.action()) + " " + field.name());
                        if (NEVER_ACCEPTED.contains(hostile.getKey().strip()) && !field.name().equals("token")) {
                            fail("accepted " + hostile.getKey().strip(), where);
                        }
                        // an accepted save moved the record's version and used the one-time token: read the form again
                        form = session.formAgain(found);
                    }
                }
            }
        }
        for (Map.Entry<String, PageForm> shapeAndList : lists.entrySet()) {
            if (!swept.add(shapeAndList.getKey())) {
                continue;
            }
            PageForm list = shapeAndList.getValue();
            listsSwept++;
            String path = list.action();
            for (Map.Entry<String, String> hostile : LIST.entrySet()) {
                check(session, session.get(path, hostile.getKey().split(" ")[0], hostile.getValue()),
                        account + " GET " + shape(path) + " " + hostile.getKey().split(" ")[0] + "=" + abbreviate(hostile.getValue()));
            }
            for (PageForm.Field field : list.fields()) {
                for (Map.Entry<String, String> hostile : hostileValuesFor(field).entrySet()) {
                    check(session, session.get(path, field.name(), hostile.getValue()),
                            account + " GET " + shape(path) + " " + field.name() + "=" + hostile.getKey());
                }
            }
        }
    }

    /** Pages reachable from the home page (one of each URL shape) and what the search forms lead to. */
    void discover(Session session, Map<String, PageForm> posts, Map<String, PageForm> lists) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> shapes = new HashSet<>(List.of(shape("/")));
        int opened = 0;
        while (!queue.isEmpty() && opened < MAX_PAGES) {
            String url = queue.poll();
            Answer page = session.get(url);
            opened++;
            if (page.status() != 200 || !page.html()) {
                continue;
            }
            for (PageForm form : PageForm.in(page.body(), url)) {
                String action = form.action().replaceFirst("\\?.*", "");
                if (action.startsWith("/logout") || action.contains("/delete") || action.startsWith("/lang")) {
                    continue; // deleting demo records would empty the pages the sweep goes on to
                }
                if (form.method().equals("post")) {
                    posts.merge("POST " + shape(action), form, (seen, next) -> seen.submittable() || !next.submittable() ? seen : next);
                } else if (lists.putIfAbsent("GET " + shape(action), new PageForm(url, action, "get", form.fields())) == null) {
                    String query = form.plausible(Map.of()).stream()
                            .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                            .collect(Collectors.joining("&"));
                    String result = action + (query.isEmpty() ? "" : "?" + query);
                    if (shapes.add(shape(result))) {
                        queue.add(result); // a picker like "choose a representative, then the visit form" hides forms behind a GET
                    }
                }
            }
            Matcher links = HREF.matcher(page.body());
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                if (link.startsWith("/logout") || link.startsWith("/webjars/") || link.startsWith("/assets/") || link.contains("format=")) {
                    continue;
                }
                if (shapes.add(shape(link))) {
                    queue.add(link);
                }
            }
        }
        log.info("{}: opened {} pages", session.account, opened);
    }

    static Map<String, String> hostileValuesFor(PageForm.Field field) {
        Map<String, String> chosen = new LinkedHashMap<>(ANY_FIELD);
        String name = field.name().toLowerCase();
        switch (field.kind()) {
            case "date", "month" -> chosen.putAll(DATE);
            case "number", "select", "hidden", "radio", "checkbox" -> chosen.putAll(NUMBER);
            default -> {
                if (name.endsWith("id") || name.contains("year") || name.contains("count")) {
                    chosen.putAll(NUMBER);
                }
                // camel case: "startedOn", "dayTo" are days, "reason" and "description" are text
                if (field.name().endsWith("On") || name.contains("date") || name.endsWith("from") || field.name().endsWith("To")) {
                    chosen.putAll(DATE);
                }
            }
        }
        return chosen;
    }

    /** True when the answer refused the input (anything but a redirect to a page without an error message). */
    boolean check(Session session, Answer answer, String where) throws IOException, InterruptedException {
        if (!inspect(answer, where) || answer.status() / 100 != 3 || answer.location() == null) {
            return true;
        }
        String location = URI.create("http://localhost:" + port).resolve(answer.location()).getRawPath();
        String query = URI.create("http://localhost:" + port).resolve(answer.location()).getRawQuery();
        if (location.startsWith("/login")) {
            fail("signed out", where + " → " + answer.location());
            return true;
        }
        Answer next = session.get(location + (query == null ? "" : "?" + query));
        inspect(next, where + " → " + location);
        return next.body().contains("alert-danger");
    }

    /** False (and a failure noted) for no answer, a server error, a stack trace or a missing message key. */
    boolean inspect(Answer answer, String where) {
        if (answer.status() == 0) {
            fail("no answer (connection closed)", where);
            return false;
        }
        if (answer.status() >= 500) {
            fail("HTTP " + answer.status(), where);
            return false;
        }
        if (answer.body().contains("at org.cunwu.") || answer.body().contains("at org.springframework.")) {
            fail("stack trace", where);
            return false;
        }
        Matcher missing = MISSING_MESSAGE.matcher(answer.body());
        if (missing.find()) {
            fail("missing message key " + missing.group().replaceAll("_(zh_CN|en)", ""), where);
            return false;
        }
        return true;
    }

    void fail(String cause, String where) {
        failuresByCause.merge(cause, 1, Integer::sum);
        failures.add(cause + ": " + where);
    }

    /**
     * One query that answers every table's row count, except the tables a refused request may write (audit log, sessions)
     * and the figures the report triggers keep from the records (report_event_month … project_status_interval: a write
     * of a record shows in its own table). Those are rewritten on every write, so after the demo loads they hold a few
     * thousand rows among hundreds of thousands of dead ones, and counting them before and after each request took
     * most of the sweep's ten minutes.
     */
    String countingQuery() {
        List<String> tables = jdbc.queryForList("""
                select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'
                and table_name not like 'spring_session%' and table_name not in ('audit_event', 'flyway_schema_history')
                and table_name not like 'report\\_%' and table_name <> 'project_status_interval' order by 1
                """, String.class);
        String counts = tables.stream().map(t -> "'" + t + "=' || (select count(*) from " + t + ")")
                .collect(Collectors.joining(" || ' ' || "));
        // Planning the hundred-odd counts took twice as long as running them; PL/pgSQL keeps the plan per connection.
        jdbc.execute("create or replace function bad_input_sweep_counts() returns text language plpgsql as $$ begin return "
                + counts + "; end $$");
        return "select bad_input_sweep_counts()";
    }

    static String difference(String before, String after) {
        List<String> a = List.of(before.split(" "));
        return List.of(after.split(" ")).stream().filter(t -> !a.contains(t)).collect(Collectors.joining(" "));
    }

    static String shape(String url) {
        return url.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
    }

    static String abbreviate(String value) {
        return value.length() > 20 ? value.substring(0, 3) + "…(" + value.length() + ")" : value;
    }

    static Map<String, String> values(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            String key = pairs[i];
            while (map.containsKey(key)) {
                key += " ";
            }
            map.put(key, pairs[i + 1]);
        }
        return map;
    }

    record Answer(int status, String location, String body, boolean html) {
    }

    /** A browser's session with the portal: signs in through the login form, keeps its cookie, follows no redirect by itself. */
    class Session {

        final String account;
        final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();

        Session(String account) throws IOException, InterruptedException {
            this.account = account;
            PageForm login = PageForm.in(get("/login").body(), "/login").get(0);
            Answer signedIn = send("POST", "/login", encode(login.plausible(Map.of("username", account, "password", "demo-password"))));
            assertThat(signedIn.location()).as("signing in as %s", account).doesNotContain("error");
        }

        Answer get(String url) throws IOException, InterruptedException {
            return send("GET", url, null);
        }

        Answer get(String path, String name, String value) throws IOException, InterruptedException {
            return send("GET", path + "?" + name + "=" + encodeValue(value), null);
        }

        PageForm formAgain(PageForm found) throws IOException, InterruptedException {
            Answer page = get(found.page());
            return page.status() != 200 ? found : PageForm.in(page.body(), found.page()).stream()
                    .filter(f -> f.method().equals(found.method()) && shape(f.action()).equals(shape(found.action())))
                    .findFirst().orElse(found);
        }

        Answer post(PageForm form, String name, String value) throws IOException, InterruptedException {
            List<Map.Entry<String, String>> pairs = form.plausible(Map.of(name, value));
            return send("POST", form.action(), encode(pairs));
        }

        String encode(List<Map.Entry<String, String>> pairs) {
            return pairs.stream().map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + encodeValue(p.getValue()))
                    .collect(Collectors.joining("&"));
        }

        Answer send(String method, String url, String form) throws IOException, InterruptedException {
            requests++;
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + url.replace(" ", "%20"))).timeout(Duration.ofSeconds(60));
            if (form != null) {
                request.header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            } else {
                request.GET();
            }
            HttpResponse<String> response;
            try {
                response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                // Tomcat may drop the connection on a request it cannot read: that is an answer too, and not a 5xx
                return new Answer(0, null, "", false);
            }
            String type = response.headers().firstValue("Content-Type").orElse("");
            boolean html = type.startsWith("text/html");
            return new Answer(response.statusCode(), response.headers().firstValue("Location").orElse(null),
                    html || type.startsWith("text/plain") ? response.body() : "", html);
        }
    }

    static String encodeValue(String value) {
        return value.equals(BROKEN_ENCODING) ? value : URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
