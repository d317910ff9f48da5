package org.cunwu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.HtmlUtils;

/**
 * Follows the links of the demo district from the home page as a reader of each scope would click them (a few of
 * each kind of page: every record page, filter, sort, paging and export link shape) and checks that none answers
 * a server error, shows a stack trace or a message key missing from the bundles. DemoPagesTests opens the stable pages; this finds the pages behind them.
 */
@DemoIntegrationTest
class DemoLinkCrawlTests {

    /** How many pages of one shape (ids replaced by #) are opened, and how many pages in all. */
    static final int PER_SHAPE = 2;
    static final int MAX_PAGES = 600;

    static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    /** How Thymeleaf shows a message key missing from the bundles: ??key_locale??. */
    static final Pattern MISSING_MESSAGE = Pattern.compile("\\?\\?[A-Za-z0-9_.]+\\?\\?");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyLinkADistrictReaderFollowsOpens() throws Exception {
        crawl(VillageFixtures.user(Role.DISTRICT_STAFF, null, null), 150, false);
    }

    @Test
    void everyLinkASecretaryFollowsOpens() throws Exception {
        Long village = jdbc.queryForObject("select id from village where name = '褚墩一村'", Long.class);
        Long town = jdbc.queryForObject("select town_id from village where id = ?", Long.class, village);
        crawl(VillageFixtures.user(Role.VILLAGE_SECRETARY, town, village), 60, false);
    }

    @Test
    void everyLinkALeaderFollowsInEnglishOpens() throws Exception {
        crawl(VillageFixtures.user(Role.VIEWER, null, null), 80, true);
    }

    /** Opens the pages reachable from the home page; in English, every page is asked for with {@code lang=en}. */
    void crawl(PortalUser as, int atLeast, boolean english) throws Exception {
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        Set<String> seen = new HashSet<>(queue);
        Map<String, Integer> shapes = new HashMap<>();
        List<String> failures = new ArrayList<>();
        int opened = 0;
        while (!queue.isEmpty() && opened < MAX_PAGES) {
            String url = queue.poll();
            var request = get(url).with(user(as));
            if (english) {
                request.param("lang", "en");
            }
            var response = mvc.perform(request).andReturn().getResponse();
            opened++;
            int status = response.getStatus();
            String body = response.getContentType() != null && response.getContentType().startsWith("text/html")
                    ? response.getContentAsString(StandardCharsets.UTF_8) : "";
            if (status >= 500 || body.contains("Exception") || body.contains("at org.cunwu")) {
                failures.add(status + " " + url);
                continue;
            }
            Matcher missing = MISSING_MESSAGE.matcher(body);
            if (missing.find()) {
                failures.add(url + " shows " + missing.group());
            }
            if (status != 200 || body.isEmpty()) {
                continue; // a redirect, a download, a 403 or 404 the reader is shown a page for
            }
            Matcher links = HREF.matcher(body);
            while (links.find()) {
                String link = HtmlUtils.htmlUnescape(links.group(1));
                if (link.startsWith("/logout") || link.startsWith("/webjars/") || link.startsWith("/assets/") || !seen.add(link)) {
                    continue;
                }
                String shape = link.replaceAll("\\d+", "#").replaceAll("=[^&]*", "=");
                if (shapes.merge(shape, 1, Integer::sum) <= PER_SHAPE) {
                    queue.add(link);
                }
            }
        }
        LoggerFactory.getLogger(DemoLinkCrawlTests.class).info("{}: opened {} pages of {} shapes, {} left in the queue",
                as.getRole(), opened, shapes.size(), queue.size());
        assertThat(failures).as("pages that failed for %s", as.getRole()).isEmpty();
        assertThat(opened).as("pages opened for %s", as.getRole()).isGreaterThanOrEqualTo(atLeast);
    }
}
