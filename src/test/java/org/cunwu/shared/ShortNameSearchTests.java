package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;

import org.cunwu.IntegrationTest;
import org.cunwu.representatives.RepresentativeFixtures;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A search of one or two characters on people's, representatives' and projects' names, commitments and talents
 * ({@link LikePattern#contains} with the characters' indexes of V92 and V93) finds what LIKE alone found, and
 * PostgreSQL can answer it from those indexes.
 */
@IntegrationTest
class ShortNameSearchTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    RepresentativeFixtures representatives;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    final PortalUser district = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theRepresentativesListFindsTheNamesHoldingAShortTextAndOnlyThose() throws Exception {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Village village = fixtures.village("短名村" + tag, fixtures.town("短名镇" + tag));
        VillageFixtures.signIn(district);
        for (String name : List.of("王庄明", "庄王明", "王明庄", "王_明", "李明")) {
            representatives.representative(village, name + tag);
        }

        assertThat(listed(village, "王庄")).containsExactly("王庄明" + tag);
        assertThat(listed(village, "庄王")).containsExactly("庄王明" + tag);
        assertThat(listed(village, "_")).containsExactly("王_明" + tag);
        assertThat(listed(village, "王")).containsExactlyInAnyOrder("王庄明" + tag, "庄王明" + tag, "王明庄" + tag, "王_明" + tag);
    }

    List<String> listed(Village village, String q) throws Exception {
        String page = mvc.perform(get("/representatives").param("villageId", village.getId().toString()).param("q", q)
                .with(user(district))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        return Pattern.compile("<a href=\"/representatives/\\d+\">([^<]+)</a>").matcher(page).results()
                .map(match -> match.group(1)).toList();
    }

    /**
     * The app's connections plan each statement for its values: a generic plan of a prepared search cannot use the
     * indexes above (docs/benchmark.md, the generic plan behind the short search).
     */
    @Test
    void theAppsConnectionsPlanEveryStatementForItsOwnValues() {
        assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
    }

    /** With plain scans off, a condition on contains_chars can only be answered from the column's characters' index. */
    @Test
    void theCharactersIndexesServeAShortText() {
        for (String column : List.of("person.name", "representative.name", "project.name", "village.name", "commitment.content",
                "commitment.pledged_by", "talent_person.name", "talent_person.field", "talent_person.organisation")) {
            String table = column.substring(0, column.indexOf('.'));
            String name = column.substring(column.indexOf('.') + 1);
            String plan = transactions.execute(status -> {
                status.setRollbackOnly();
                jdbc.execute("set local enable_seqscan = off");
                jdbc.execute("set local enable_indexscan = off");
                return String.join("\n", jdbc.queryForList("explain select id from " + table + " where contains_chars(" + name
                        + ", '王庄') and " + name + " like '%王庄%'", String.class));
            });
            assertThat(plan).as(column).contains(table + "_" + name + "_chars_idx");
        }
    }
}
