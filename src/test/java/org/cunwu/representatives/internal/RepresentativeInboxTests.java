package org.cunwu.representatives.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.IntegrationTest;
import org.cunwu.inbox.InboxTestAccess;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** The daily job tells a secretary of the village's commitments due within a fortnight and of those overdue, and closes each when done. */
@IntegrationTest
class RepresentativeInboxTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    InboxTestAccess inboxJob;

    long commitment(Village village, LocalDate promisedBy) {
        return jdbc.queryForObject("""
                insert into commitment (village_id, pledged_by, content, category, pledged_on, promised_by, status)
                values (?, '代表', '承诺', 'INFRASTRUCTURE', ?, ?, 'PLEDGED') returning id""", Long.class, village.getId(),
                promisedBy.minusMonths(6), promisedBy);
    }

    String open(String key) {
        return jdbc.query("select subject_args from inbox_item where dedupe_key = ? and closed_at is null",
                rs -> rs.next() ? rs.getString(1) : null, key);
    }

    @Test
    void aSecretaryIsToldOfCommitmentsDueWithinAFortnightAndOfOverdueOnesUntilTheyAreDone() throws Exception {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Village village = fixtures.village("承诺村" + tag, fixtures.town("承诺镇" + tag));
        PortalUser secretary = VillageFixtures.user(Role.VILLAGE_SECRETARY, null, village.getId());
        LocalDate day = LocalDate.of(2030, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(9000));
        long dueSoon = commitment(village, day.plusDays(5));
        commitment(village, day.plusDays(14));
        commitment(village, day.plusDays(15));
        commitment(village, day.minusDays(1));
        String due = "representatives:commitments-due:" + village.getId();
        String overdue = "representatives:commitments-overdue:" + village.getId();

        assertThat(inboxJob.runDailyJob(day)).isTrue();
        assertThat(open(due)).as("the two within a fortnight, the first on its day").isEqualTo("2\u001f" + day.plusDays(5));
        assertThat(open(overdue)).isEqualTo("1");
        String inbox = mvc.perform(get("/inbox").with(user(secretary))).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(inbox).contains("本村有 2 项公开承诺将在两周内到期，最早 " + day.plusDays(5), "本村有 1 项公开承诺已逾期未兑现");

        jdbc.update("update commitment set status = 'FULFILLED', fulfilled_on = ? where id = ?", day, dueSoon);
        jdbc.update("update commitment set status = 'FULFILLED', fulfilled_on = ? where village_id = ? and promised_by < ?", day,
                village.getId(), day);
        assertThat(inboxJob.runDailyJob(day.plusDays(1))).isTrue();
        assertThat(open(due)).as("the fulfilled one is gone, the next day brings the next one in").isEqualTo("2\u001f" + day.plusDays(14));
        assertThat(open(overdue)).as("nothing overdue: closed").isNull();
    }
}
