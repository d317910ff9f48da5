package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.cunwu.IntegrationTest;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * What a phone downloads, over real HTTP (compression is the server's, not MockMvc's): the app's files and the webjars
 * under content-hashed URLs with a year's immutable cache, everything textual gzipped when the browser asks, and
 * reading pages without writing the session to the database each time.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneWeightTests {

    static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:assets|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    JdbcIndexedSessionRepository sessions;

    final HttpClient http = HttpClient.newHttpClient();

    final String username = "weight" + VillageFixtures.freshCode().substring(0, 6);

    @BeforeAll
    void secretary() {
        Village village = fixtures.village("轻量村", fixtures.town("轻量镇" + VillageFixtures.freshCode().substring(0, 4)));
        fixtures.account(username, "轻量书记", "weight-pass-1", Role.VILLAGE_SECRETARY, village.getId());
    }

    HttpResponse<byte[]> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static String gunzip(byte[] body) throws IOException {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<String> assets(String page) {
        List<String> found = new ArrayList<>();
        Matcher m = ASSET.matcher(page);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /** Signs in through the login form and answers the SESSION cookie. */
    String signIn() throws Exception {
        HttpResponse<byte[]> form = get("/login");
        String session = cookie(form);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(new String(form.body(), StandardCharsets.UTF_8));
        assertThat(token.find()).isTrue();
        String body = "username=" + username + "&password=weight-pass-1&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        HttpResponse<byte[]> login = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("Cookie", "SESSION=" + session).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location").orElseThrow()).doesNotContain("error");
        return cookie(login);
    }

    static String cookie(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("SESSION="))
                .map(c -> c.substring("SESSION=".length(), c.indexOf(';'))).findFirst().orElseThrow();
    }

    @Test
    void pagesNameTheirFilesByContentHashAndTheFilesAreCachedForAYearAndGzipped() throws Exception {
        String page = new String(get("/login").body(), StandardCharsets.UTF_8);
        List<String> assets = assets(page);
        assertThat(assets).as("the layout's style sheets and script").hasSizeGreaterThanOrEqualTo(3)
                .allMatch(path -> path.matches(".*-[0-9a-f]{32}\\.(css|js)"))
                .anyMatch(path -> path.matches("/assets/css/cunwu-[0-9a-f]{32}\\.css"))
                .anyMatch(path -> path.matches("/webjars/bootstrap/5[.0-9]+/dist/css/bootstrap\\.min-[0-9a-f]{32}\\.css"));

        for (String path : assets) {
            HttpResponse<byte[]> file = get(path, "Accept-Encoding", "gzip");
            assertThat(file.statusCode()).as(path).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control")).as(path).hasValue("max-age=31536000, public, immutable");
            String classpath = path.startsWith("/assets/") ? "static/" + path.substring("/assets/".length())
                    : "META-INF/resources" + path;
            String original = new ClassPathResource(classpath.replaceAll("-[0-9a-f]{32}\\.", ".")).getContentAsString(StandardCharsets.UTF_8);
            if (original.length() >= 2048) {
                assertThat(file.headers().firstValue("Content-Encoding")).as(path).hasValue("gzip");
                assertThat(gunzip(file.body())).as(path).isEqualTo(original);
            } else {
                // below Boot's 2 KB threshold compression saves less than it costs
                assertThat(new String(file.body(), StandardCharsets.UTF_8)).as(path).isEqualTo(original);
            }
        }

        HttpResponse<byte[]> plain = get(assets.get(0));
        assertThat(assets.get(0)).contains("bootstrap");
        assertThat(plain.headers().firstValue("Content-Encoding")).as("a client that does not ask gets it plain").isEmpty();
        assertThat(get(assets.get(0).replaceAll("-[0-9a-f]{32}\\.", "-0123456789abcdef0123456789abcdef.")).statusCode())
                .as("a stale hash is not served as today's file").isEqualTo(404);
    }

    @Test
    void pagesAreGzippedButNeverKeptByTheBrowser() throws Exception {
        HttpResponse<byte[]> page = get("/", "Cookie", "SESSION=" + signIn(), "Accept-Encoding", "gzip");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store").doesNotContain("max-age=31536000");
        assertThat(gunzip(page.body())).contains("轻量书记");
    }

    @Test
    void readingPagesDoesNotWriteTheSessionUntilItsAccessTimeIsAMinuteOld() throws Exception {
        String session = signIn();
        String[] pages = {"/", "/villages", "/problems", "/receptions/new", "/"};
        get("/", "Cookie", "SESSION=" + session);
        Map<String, Object> before = sessionRows(session);

        for (String path : pages) {
            assertThat(get(path, "Cookie", "SESSION=" + session).statusCode()).as(path).isEqualTo(200);
        }
        assertThat(sessionRows(session)).as("row versions (xmin) of the session and its attributes").isEqualTo(before);

        // an access time older than the interval is written again, so an active session never expires
        jdbc.update("update spring_session set last_access_time = last_access_time - 120000 where session_id = ?", sessionId(session));
        long stale = jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, sessionId(session));
        get("/villages", "Cookie", "SESSION=" + session);
        assertThat(jdbc.queryForObject("select last_access_time from spring_session where session_id = ?", Long.class, sessionId(session)))
                .isGreaterThanOrEqualTo(stale + 120000);
    }

    /**
     * Two requests of one session that both set an attribute (a new session's first pages each make the sign-in forms'
     * token): both are saved, the later one is kept; the second insert used to fail on the attributes' key, a server
     * error in the middle of a page.
     */
    @Test
    void twoRequestsSettingTheSameSessionAttributeAtOnceAreBothSaved() {
        assertThat(savedByTwoRequests(sessions)).isEqualTo("from the second request");
    }

    static <S extends Session> Object savedByTwoRequests(SessionRepository<S> repository) {
        S made = repository.createSession();
        repository.save(made);
        S first = repository.findById(made.getId());
        S second = repository.findById(made.getId());
        first.setAttribute("token", "from the first request");
        second.setAttribute("token", "from the second request");
        repository.save(first);
        repository.save(second);
        Object kept = repository.findById(made.getId()).getAttribute("token");
        repository.deleteById(made.getId());
        return kept;
    }

    /** The session's id in the database: the cookie carries it base64-encoded. */
    static String sessionId(String cookie) {
        return new String(Base64.getDecoder().decode(cookie), StandardCharsets.UTF_8);
    }

    Map<String, Object> sessionRows(String session) {
        return jdbc.queryForMap("""
                select s.xmin::text as session_row, s.last_access_time,
                       (select string_agg(a.attribute_name || ':' || a.xmin::text, ',' order by a.attribute_name)
                        from spring_session_attributes a where a.session_primary_id = s.primary_id) as attributes
                from spring_session s where s.session_id = ?""", sessionId(session));
    }
}
