package org.cunwu.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cunwu.TestDatabaseConfiguration;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

/**
 * The demo district's public notice pages (on in the demo profile): opened without signing in, they show exactly the
 * public fields of the village's records — compared here with the records themselves — and the printed notice board's
 * QR code decodes to the page's address.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(TestDatabaseConfiguration.class)
@ActiveProfiles({"test", "demo"})
class PublicNoticeTests {

    private static final Pattern SQUARE = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    Long village;
    String code;

    @BeforeEach
    void chooseVillage() {
        village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        code = jdbc.queryForObject("select code from village where id = ?", String.class, village);
    }

    MockHttpServletResponse open(String url, String client) throws Exception {
        return mvc.perform(get(url).with(request -> {
            request.setRemoteAddr(client);
            return request;
        })).andReturn().getResponse();
    }

    @Test
    void thePublicPageShowsExactlyThePublicFieldsOfTheVillagesRecordsToAnyoneWithoutSigningIn() throws Exception {
        MockHttpServletResponse response = open("/public/villages/" + code, "192.0.2.10");
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=300");
        assertThat(response.getCookies()).as("no session for a public page").isEmpty();
        String html = response.getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(html);
        assertThat(page.title()).contains("褚墩一村");

        // representatives: every name, nothing else of them
        List<Map<String, Object>> representatives = jdbc.queryForList(
                "select name, phone, certificate_no from representative where village_id = ? order by name", village);
        assertThat(representatives).isNotEmpty();
        String names = page.select(".public-names").text();
        Set<String> shownNames = new HashSet<>();
        for (Map<String, Object> r : representatives) {
            assertThat(names).contains((String) r.get("name"));
            shownNames.add((String) r.get("name"));
        }
        // commitments: exactly the public ones not withdrawn, each with its status and, when fulfilled, its day
        List<Map<String, Object>> commitments = jdbc.queryForList("""
                select pledged_by, content, status, fulfilled_on, promised_by, fulfilment_note, withdrawn_reason from commitment
                where village_id = ? and public_notice and status <> 'WITHDRAWN'""", village);
        var items = page.select(".public-commitments li");
        assertThat(items).hasSize(commitments.size());
        List<String> shown = new ArrayList<>(items.stream().map(li -> li.text()).toList());
        for (Map<String, Object> c : commitments) {
            String expected = c.get("pledged_by") + "：" + c.get("content");
            String item = shown.stream().filter(text -> text.startsWith(expected)).findFirst().orElse(null);
            assertThat(item).as(expected).isNotNull();
            shown.remove(item);
            assertThat(item).contains("承诺期限 " + c.get("promised_by"));
            if (c.get("fulfilled_on") != null) {
                assertThat(item).contains("已兑现", "兑现日期 " + c.get("fulfilled_on"));
            }
            shownNames.add((String) c.get("pledged_by"));
        }
        for (String hidden : jdbc.queryForList("select content from commitment where village_id = ? and (not public_notice or status = 'WITHDRAWN')",
                String.class, village)) {
            assertThat(page.select(".public-commitments").text()).doesNotContain(hidden);
        }

        // nothing personal or internal: no phone, certificate, note; no resident or household named by a reception,
        // problem or visit (unless the same name is a representative's, which the page does show)
        List<String> forbidden = new ArrayList<>();
        representatives.forEach(r -> {
            forbidden.add((String) r.get("phone"));
            forbidden.add((String) r.get("certificate_no"));
        });
        commitments.forEach(c -> {
            forbidden.add((String) c.get("fulfilment_note"));
            forbidden.add((String) c.get("withdrawn_reason"));
        });
        forbidden.addAll(jdbc.queryForList("select resident_name from reception where village_id = ?", String.class, village));
        forbidden.addAll(jdbc.queryForList("select resident_phone from reception where village_id = ?", String.class, village));
        forbidden.addAll(jdbc.queryForList("""
                select rc.resident_name from problem p join reception rc on rc.id = p.reception_id where p.village_id = ?""",
                String.class, village));
        forbidden.addAll(jdbc.queryForList("select resolution_note from problem where village_id = ?", String.class, village));
        forbidden.addAll(jdbc.queryForList("select description from problem where village_id = ?", String.class, village));
        forbidden.addAll(jdbc.queryForList("""
                select h.household from representative_household h join representative r on r.id = h.representative_id where r.village_id = ?""",
                String.class, village));
        forbidden.addAll(jdbc.queryForList("select notes from household_visit where village_id = ?", String.class, village));
        forbidden.removeIf(text -> text == null || text.isBlank() || shownNames.contains(text));
        assertThat(forbidden).as("the demo village has residents and phones the page must not show").isNotEmpty();
        String text = page.text();
        for (String value : forbidden) {
            assertThat(text).as("a private value on the public page").doesNotContain(value);
        }
        assertThat(text).doesNotContainPattern("1[3-9]\\d{9}");

        // the quarter's figures, counted as the village report counts them
        assertThat(page.select(".public-figures dt")).hasSize(6);
        assertThat(page.select("h2").text()).contains("季度");
    }

    @Test
    void theNoticeBoardsQrCodeDecodesToThePublicPagesAddress() throws Exception {
        String board = mvc.perform(get("/villages/" + village + "/notice-board").with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null))))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Document page = Jsoup.parse(board);
        String svg = page.select(".notice-qr svg").outerHtml();
        assertThat(svg).isNotEmpty();
        String address = "http://localhost/public/villages/" + code;
        assertThat(decode(svg)).isEqualTo(address);
        assertThat(page.select(".notice-qr a").attr("href")).isEqualTo(address);
        // and that address opens the page
        assertThat(open("/public/villages/" + code, "192.0.2.11").getStatus()).isEqualTo(200);
    }

    /** Reads the QR code from the SVG's squares with ZXing, as a phone's camera would from the printed board. */
    static String decode(String svg) throws Exception {
        Matcher viewBox = Pattern.compile("(?i)viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertThat(viewBox.find()).isTrue();
        int modules = Integer.parseInt(viewBox.group(1));
        int scale = 8;
        int size = modules * scale;
        int[] pixels = new int[size * size];
        Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher square = SQUARE.matcher(svg);
        while (square.find()) {
            int x = Integer.parseInt(square.group(1));
            int y = Integer.parseInt(square.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * size + x * scale + dx] = 0xFF000000;
                }
            }
        }
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(size, size, pixels)));
        return new QRCodeReader().decode(bitmap).getText();
    }

    @Test
    void anUnknownCodeIsNotFound() throws Exception {
        MockHttpServletResponse response = open("/public/villages/NO-SUCH-CODE", "192.0.2.12");
        assertThat(response.getStatus()).isEqualTo(404);
        assertThat(open("/public/villages/" + "9".repeat(40), "192.0.2.12").getStatus()).isEqualTo(404);
    }

    @Test
    void oneClientOpeningTooManyPagesInAMinuteIsAnsweredWithThePortals429Page() throws Exception {
        int allowed = 0;
        MockHttpServletResponse refused = null;
        for (int i = 0; i < 130 && refused == null; i++) {
            MockHttpServletResponse response = open("/public/villages/" + code, "198.51.100.7");
            if (response.getStatus() == 429) {
                refused = response;
            } else {
                assertThat(response.getStatus()).isEqualTo(200);
                allowed++;
            }
        }
        assertThat(refused).as("a 429 within 130 requests").isNotNull();
        assertThat(allowed).isGreaterThanOrEqualTo(60);
        assertThat(refused.getHeader("Retry-After")).isNotBlank();
        // another client is not held back
        assertThat(open("/public/villages/" + code, "198.51.100.8").getStatus()).isEqualTo(200);
        // the refusal is the portal's page (rendered by /error, as a browser receives it)
        String page = mvc.perform(get("/error").accept(MediaType.TEXT_HTML).requestAttr("jakarta.servlet.error.status_code", 429)
                .requestAttr("jakarta.servlet.error.request_uri", "/public/villages/" + code)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("访问过于频繁", "class=\"portal-header");
    }
}
