package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.CookieManager;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.cunwu.IntegrationTest;
import org.cunwu.villages.Town;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Every error page, through a real Tomcat (broken percent-encoding and upload limits are Tomcat's, not MockMvc's): in
 * the user's language, inside the layout, without a raw message key; a server error with an incident id that is in the
 * log; conflicts outside forms as 409; unusable list parameters as 400; page numbers near 2^31 as a page.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.Faults.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ErrorPagesTests {

    static final String PASSWORD = "error-pages-1";
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final Pattern INCIDENT = Pattern.compile("事件编号：([A-Z0-9]{8})");

    @LocalServerPort
    int port;

    @Autowired
    VillageFixtures fixtures;

    /** Signed in as district staff; always in the default language (Chinese). */
    Session staff;
    /** The same user in another browser that chose English. */
    Session english;
    Session admin;

    /** Requests the application's own exceptions, as a module's controller would throw them. */
    @Controller
    static class Faults {

        @GetMapping("/test-faults/crash")
        String crash() {
            throw new IllegalStateException("a bug for the error page test");
        }

        @GetMapping("/test-faults/missing")
        String missing() {
            throw new RecordNotFoundException("thing", 1);
        }

        @GetMapping("/test-faults/forbidden")
        String forbidden() {
            throw new AccessDeniedException("may not");
        }

        @PostMapping("/test-faults/edited")
        String edited() {
            throw new ConcurrentEditException("thing", 1);
        }

        @PostMapping("/test-faults/stale")
        String stale() {
            throw new ObjectOptimisticLockingFailureException(Object.class, 1);
        }

        @PostMapping("/test-faults/in-use")
        String inUse() {
            throw new RecordInUseException("thing", 1, null);
        }
    }

    /** A browser's cookies: one signed-in user, in the default language unless a request says otherwise. */
    final class Session {

        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        Session signIn(String username) throws Exception {
            String token = csrf(get("/login").body());
            HttpResponse<String> login = post("/login", token, Map.of("username", username, "password", PASSWORD));
            assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/");
            return this;
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(page(URI.create(url(path))).build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String token, Map<String, String> fields) throws Exception {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("_csrf", token);
            String body = all.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            return http.send(page(URI.create(url(path)))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /**
         * The status line and body of a GET sent as typed, for addresses {@link URI} refuses ({@code %ZZ}); HTTP/1.0, so
         * the body comes unchunked.
         */
        String[] raw(String pathAndQuery) throws Exception {
            String cookies = ((CookieManager) http.cookieHandler().orElseThrow()).getCookieStore().getCookies().stream()
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            try (Socket socket = new Socket("localhost", port)) {
                socket.getOutputStream().write(("GET " + pathAndQuery + " HTTP/1.0\r\nHost: localhost:" + port
                        + "\r\nAccept: text/html\r\nCookie: " + cookies + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                int bodyStart = response.indexOf("\r\n\r\n");
                return new String[] {response.substring(0, response.indexOf("\r\n")), response.substring(bodyStart + 4)};
            }
        }

        /** A request as a browser sends it: asking for a page, not JSON. */
        static HttpRequest.Builder page(URI uri) {
            return HttpRequest.newBuilder(uri).header("Accept", "text/html,application/xhtml+xml");
        }

        /** A token from a page of the portal, as the forms on it carry. */
        String token() throws Exception {
            return csrf(get("/").body());
        }
    }

    @BeforeAll
    void signIn() throws Exception {
        fixtures.account("errors-staff", "错误页测试员", PASSWORD, Role.DISTRICT_STAFF, null);
        fixtures.account("errors-admin", "错误页管理员", PASSWORD, Role.ADMIN, null);
        Town town = fixtures.town("错误页镇");
        fixtures.village("错误页村", town);
        staff = new Session().signIn("errors-staff");
        english = new Session().signIn("errors-staff");
        english.get("/?lang=en");
        admin = new Session().signIn("errors-admin");
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }

    static String csrf(String page) {
        Matcher m = CSRF.matcher(page);
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    static String withLang(String path, String lang) {
        return path + (path.contains("?") ? "&" : "?") + "lang=" + lang;
    }

    /** An error page as the portal draws it: the status, the title in the language, the layout, no unresolved key. */
    static void assertErrorPage(HttpResponse<String> response, int status, String title) {
        String page = response.body();
        assertThat(response.statusCode()).as(response.uri() + "\n" + page).isEqualTo(status);
        assertThat(page).as(response.uri().toString())
                .contains("class=\"portal-header", "class=\"portal-footer", "<h1 class=\"h3\">" + title + "</h1>")
                .doesNotContain("??", "alert-danger", "Whitelabel", "Apache Tomcat", "Exception");
    }

    @Test
    void everyErrorStatusRendersInChineseAndEnglishInsideTheLayout() throws Exception {
        record Case(String path, int status, String zh, String en) {
        }
        List<Case> cases = List.of(
                new Case("/villages?q=%E4%B8", 400, "请求有误", "Bad request"),
                new Case("/admin/users", 403, "没有权限", "Not allowed"),
                new Case("/test-faults/forbidden", 403, "没有权限", "Not allowed"),
                new Case("/no-such-page", 404, "未找到", "Not found"),
                new Case("/test-faults/missing", 404, "未找到", "Not found"),
                new Case("/villages/abc", 404, "未找到", "Not found"),
                new Case("/cadres/posts/1/end", 405, "不支持的操作", "Not supported"),
                new Case("/test-faults/crash", 500, "系统错误", "System error"));
        for (Case c : cases) {
            HttpResponse<String> zh = staff.get(c.path());
            assertErrorPage(zh, c.status(), c.zh());
            assertThat(zh.body()).as(c.path()).contains("错误页测试员", "lang=\"zh-CN\"");
            HttpResponse<String> en = english.get(c.path());
            assertErrorPage(en, c.status(), c.en());
            assertThat(en.body()).as(c.path()).contains("错误页测试员", "lang=\"en\"");
        }
        // the language chosen in the address of a failed request applies to its error page as well
        assertErrorPage(staff.get(withLang("/villages?q=%E4%B8", "en")), 400, "Bad request");
        assertErrorPage(staff.get(withLang("/no-such-page", "en")), 404, "Not found");
        staff.get("/?lang=zh_CN");
    }

    @Test
    void theLanguageSwitchOfAnErrorPageLeadsBackToThePageAskedFor() throws Exception {
        String page = staff.get("/villages/999999999").body();
        assertThat(page).contains("href=\"/villages/999999999?lang=en\"").doesNotContain("/error?");
    }

    @Test
    void aServerErrorShowsAnIncidentIdThatTheLogHoldsWithTheException(CapturedOutput output) throws Exception {
        HttpResponse<String> response = staff.get("/test-faults/crash");
        assertErrorPage(response, 500, "系统错误");
        Matcher m = INCIDENT.matcher(response.body());
        assertThat(m.find()).as(response.body()).isTrue();
        String incident = m.group(1);
        assertThat(output.getOut() + output.getErr()).containsPattern("ERROR .*Incident " + incident
                + ": GET /test-faults/crash answered 500\\R(?s).*IllegalStateException: a bug for the error page test");
        assertThat(response.body()).doesNotContain("a bug for the error page test");

        Matcher again = INCIDENT.matcher(staff.get("/test-faults/crash").body());
        assertThat(again.find()).isTrue();
        assertThat(again.group(1)).isNotEqualTo(incident);
    }

    @Test
    void conflictsOutsideFormsAnswerTheConflictPage() throws Exception {
        String token = staff.token();
        assertErrorPage(staff.post("/test-faults/edited", token, Map.of()), 409, "记录已被修改");
        assertErrorPage(staff.post("/test-faults/stale", token, Map.of()), 409, "记录已被修改");
        assertErrorPage(english.post("/test-faults/stale", english.token(), Map.of()), 409, "Record changed");
        HttpResponse<String> inUse = staff.post("/test-faults/in-use", token, Map.of());
        assertErrorPage(inUse, 409, "记录已被修改");
        assertThat(inUse.body()).contains("这条记录仍被其他记录引用，不能删除。");
    }

    @Test
    void brokenPercentEncodingInThePathAnswersThePortalsOwnBadRequestPage() throws Exception {
        for (String path : List.of("/villages/%ZZ", "/villages/%E4%B8", "/projects/%C0%AF/edit", "/%", "/villages/1%00")) {
            String[] response = staff.raw(path);
            assertThat(response[0]).as(path).startsWith("HTTP/1.1 400");
            assertThat(response[1]).as(path).contains("请求有误", "Bad request").doesNotContain("Apache Tomcat", "HTTP Status", "??");
        }
    }

    @Test
    void brokenPercentEncodingAnswersTheBadRequestPage() throws Exception {
        for (String path : List.of("/villages?q=%E4%B8", "/projects?townId=%C0%AF", "/search?q=%FF%FE", "/reports/district?year=%E4")) {
            assertErrorPage(staff.get(path), 400, "请求有误");
        }
        for (String path : List.of("/villages?q=%ZZ", "/cadres?q=%", "/problems?q=100%&lang=en")) {
            String[] response = staff.raw(path);
            assertThat(response[0]).as(path).isEqualTo("HTTP/1.1 400 ");
            assertThat(response[1]).as(path).contains("class=\"portal-header", "错误页测试员").doesNotContain("??")
                    .contains(path.endsWith("en") ? "<h1 class=\"h3\">Bad request</h1>" : "<h1 class=\"h3\">请求有误</h1>");
        }
        staff.get("/?lang=zh_CN");
        assertErrorPage(english.get("/villages?q=%E4%B8"), 400, "Bad request");
        // a form body that cannot be decoded is refused the same way, before the CSRF check reads it
        HttpResponse<String> post = staff.http.send(Session.page(URI.create(url("/villages/new")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=%E4%B8&_csrf=" + staff.token())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertErrorPage(post, 400, "请求有误");
    }

    @Test
    void listParametersWithControlCharactersOrOverlongValuesAnswerTheBadRequestPage() throws Exception {
        for (String path : List.of("/villages?q=a%00b", "/cadres?q=%01", "/projects?status=OPERATING%0A", "/problems?q=%7F",
                "/villages?q=" + "x".repeat(1001), "/villages?" + "y".repeat(1001) + "=1")) {
            assertErrorPage(staff.get(path), 400, "请求有误");
        }
        assertThat(staff.get("/villages?q=" + "x".repeat(1000)).statusCode()).isEqualTo(200);
        assertThat(staff.get("/villages?q=%E9%94%99%E8%AF%AF%09%E9%A1%B5").statusCode()).isEqualTo(200);
    }

    @Test
    void pageNumbersNearTheLargestIntShowAnEmptyPageWithALinkToTheLast() throws Exception {
        for (String list : List.of("/villages", "/cadres", "/projects", "/campaigns/tasks", "/representatives", "/commitments",
                "/receptions", "/problems", "/visits", "/talent", "/talent/pool", "/talent/partners", "/reports/published")) {
            for (String page : List.of("2147483647", "99999999999999999999")) {
                HttpResponse<String> response = staff.get(list + "?page=" + page + "&size=200");
                assertThat(response.statusCode()).as(list + " page " + page).isEqualTo(200);
                assertThat(response.body()).as(list).doesNotContain("??");
            }
        }
        for (String list : List.of("/admin/users", "/admin/users/audit")) {
            assertThat(admin.get(list + "?page=2147483647").statusCode()).as(list).isEqualTo(200);
        }
        String q = "/villages?q=" + URLEncoder.encode("错误页村", StandardCharsets.UTF_8);
        assertThat(staff.get(q).body()).contains("错误页村</a>", "共 1 条，第 1/1 页");
        String villages = staff.get(q + "&page=2147483647").body();
        assertThat(villages).contains("页没有记录：共 1 条，1 页。", "转到末页").doesNotContain("错误页村</a>");
        assertThat(villages).containsPattern("href=\"/villages\\?q=[^\"]+&amp;page=0\"");
    }

    /** The roster import sent with a file of {@code size} bytes, as a browser sends it. */
    HttpResponse<String> upload(Session session, int size) throws Exception {
        String boundary = "----errorpages" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + session.token() + "\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"roster.xlsx\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[size]);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return session.http.send(Session.page(URI.create(url("/cadres/import")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anUploadOverTheLimitAnswersThePortalsPageInTheUsersLanguage() throws Exception {
        HttpResponse<String> zh = upload(staff, 5 * 1024 * 1024 + 300 * 1024);
        assertErrorPage(zh, 413, "文件过大");
        assertThat(zh.body()).contains("每个文件最大 5 MB", "错误页测试员", "href=\"/cadres/import\"");
        HttpResponse<String> en = upload(english, 5 * 1024 * 1024 + 300 * 1024);
        assertErrorPage(en, 413, "File too large");
        assertThat(en.body()).contains("at most 5 MB per file", "错误页测试员", "href=\"/cadres/import\"");
        // far over the limit (a video chosen by mistake): the page still arrives instead of a broken connection
        assertErrorPage(upload(staff, 30 * 1024 * 1024), 413, "文件过大");
        // a file within the limit still reaches the import, which says what is wrong with it
        HttpResponse<String> small = upload(staff, 1024);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).contains("class=\"portal-header").doesNotContain("文件过大", "??");
    }

    @Test
    void publishingAReportWithAnOverlongYearGoesBackToTheReportWithTheRefusal() throws Exception {
        HttpResponse<String> refused = staff.post("/reports/published", staff.token(),
                Map.of("level", "DISTRICT", "year", "2".repeat(10_000), "title", "错误页测试报告", "note", ""));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(302);
        assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/reports/district");
        String report = staff.get("/reports/district").body();
        // the title comes back as typed: the form body was read as UTF-8 before anything else read it
        assertThat(report).contains("错误页测试报告").doesNotContain("??");
    }
}
