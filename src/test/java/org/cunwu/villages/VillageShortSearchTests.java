package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The village search of one or two characters, which the characters' index (V85) serves, answers what the search by
 * LIKE alone answered: the same villages for texts whose characters are in a name apart, in another order, or are
 * LIKE's own wildcards; and PostgreSQL can answer it from that index.
 */
@IntegrationTest
class VillageShortSearchTests {

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    VillageService villages;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** The search as it was before V85: a name holding the text, or a code beginning with it. */
    List<Long> byLikeAlone(Town town, String q) {
        return jdbc.queryForList("select id from village where town_id = ? and (name like ? escape '\\' or code like ? escape '\\')"
                + " order by id", Long.class, town.getId(), LikePattern.contains(q), LikePattern.startsWith(q));
    }

    List<Long> byTheList(Town town, String q) {
        VillageFilter filter = new VillageFilter(q, town.getId(), null, null, null, null, null);
        return villages.list(filter, PageRequest.of(0, 100, Sort.by("id"))).map(Village::getId).getContent();
    }

    @Test
    void shortTextsFindWhatLikeAloneFound() {
        Town town = fixtures.town("短搜镇" + VillageFixtures.freshCode().substring(0, 5));
        for (String name : List.of("王庄村", "庄王村", "小王庄", "王家庄", "李家", "百%村", "北_庄", "Wang庄", "𠀋庄村")) {
            fixtures.village(name, town);
        }
        Village coded = fixtures.village("编码村", town);
        VillageFixtures.signIn(VillageFixtures.user(Role.DISTRICT_STAFF, null, null));
        String codeStart = coded.getCode().substring(0, 2);
        for (String q : List.of("王庄", "庄王", "王", "庄", "家庄", "%", "%村", "_庄", "w", "Wa", "𠀋", "𠀋庄", " 王庄 ", codeStart,
                "王庄村", "小王庄")) {
            List<Long> expected = byLikeAlone(town, q.trim());
            assertThat(byTheList(town, q)).as("search %s", q).isEqualTo(expected);
        }
        assertThat(byTheList(town, "王庄")).hasSize(2);
        assertThat(byTheList(town, "%")).hasSize(1);
    }

    @Test
    void theCharactersIndexServesAShortText() {
        // Which index the planner takes depends on the table's size: on the demo's few villages a full scan of the name
        // index is cheapest. So the plan is read with 5,000 more villages (of other names) and their statistics, in a
        // transaction that is rolled back.
        String plan = transactions.execute(status -> {
            status.setRollbackOnly();
            String columns = jdbc.queryForObject("select string_agg(column_name, ', ' order by ordinal_position) from information_schema.columns "
                    + "where table_schema = current_schema() and table_name = 'village' and column_name not in ('id', 'name', 'code')", String.class);
            jdbc.update("insert into village (name, code, " + columns + ") select '测试' || g || '屯', '98' || lpad(g::text, 10, '0'), " + columns
                    + " from village cross join generate_series(1, 5000) g where village.id = (select min(id) from village)");
            jdbc.execute("analyze village");
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList(
                    "explain select id from village where contains_chars(name, '王庄') and name like '%王庄%'", String.class));
        });
        assertThat(plan).contains("village_name_chars_idx");
        String codePlan = transactions.execute(status -> {
            jdbc.execute("set local enable_seqscan = off");
            return String.join("\n", jdbc.queryForList("explain select id from village where code like '3701%'", String.class));
        });
        assertThat(codePlan).contains("village_code_pattern_idx");
    }
}
