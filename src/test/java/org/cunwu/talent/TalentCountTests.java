package org.cunwu.talent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.cunwu.IntegrationTest;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The district report's talent figures are counted from the records by the day each thing happened, both ends of
 * the period included: a talent who returned on 31 December counts for that year, one on 1 January for the next.
 * Years far from any other test's data keep the counts exact.
 */
@IntegrationTest
class TalentCountTests {

    static final LocalDate JAN_1 = LocalDate.of(2037, 1, 1);
    static final LocalDate DEC_31 = LocalDate.of(2037, 12, 31);
    static final LocalDate NEXT_JAN_1 = LocalDate.of(2038, 1, 1);
    static final LocalDate PREVIOUS_DEC_31 = LocalDate.of(2036, 12, 31);

    @Autowired
    VillageFixtures villages;

    @Autowired
    TalentFixtures fixtures;

    @Autowired
    TalentService talents;

    @Test
    void returnedTalentsCountByTheDayTheyReturned() {
        String tag = TalentFixtures.tag();
        Village village = villages.village("计数村" + tag, villages.town("计数镇" + tag));
        long before = talents.countReturnedTalents(JAN_1, DEC_31);
        long nextBefore = talents.countReturnedTalents(NEXT_JAN_1, NEXT_JAN_1.plusMonths(1));
        fixtures.returned("元旦回" + tag, village, JAN_1, null);
        fixtures.returned("除夕回" + tag, village, DEC_31, null);
        fixtures.returned("次年回" + tag, village, NEXT_JAN_1, null);
        fixtures.returned("前年回" + tag, village, PREVIOUS_DEC_31, null);
        fixtures.adviser("顾问不算" + tag, LocalDate.of(2037, 6, 1));
        assertThat(talents.countReturnedTalents(JAN_1, DEC_31)).isEqualTo(before + 2);
        assertThat(talents.countReturnedTalents(NEXT_JAN_1, NEXT_JAN_1.plusMonths(1))).isEqualTo(nextBefore + 1);
        assertThat(talents.returnedTalentsPerVillage(JAN_1, DEC_31)).containsEntry(village.getId(), 2L);
    }

    @Test
    void advisersCountByTheirAppointmentDay() {
        String tag = TalentFixtures.tag();
        long before = talents.countAdvisersAppointed(JAN_1, DEC_31);
        fixtures.adviser("年末聘" + tag, DEC_31);
        fixtures.adviser("年初聘" + tag, NEXT_JAN_1);
        fixtures.adviser("年首聘" + tag, JAN_1);
        assertThat(talents.countAdvisersAppointed(JAN_1, DEC_31)).isEqualTo(before + 2);
        assertThat(talents.countAdvisersAppointed(DEC_31, DEC_31)).isGreaterThanOrEqualTo(1);
    }

    @Test
    void partnerProjectsCountByTheFirstDayOfRecruitment() {
        String tag = TalentFixtures.tag();
        Village village = villages.village("招募村" + tag, villages.town("招募镇" + tag));
        long before = talents.countPartnerProjectsOpened(JAN_1, DEC_31);
        fixtures.partner("年末招募" + tag, village, DEC_31);
        fixtures.partner("次年招募" + tag, village, NEXT_JAN_1);
        fixtures.partner("前年招募" + tag, village, PREVIOUS_DEC_31);
        assertThat(talents.countPartnerProjectsOpened(JAN_1, DEC_31)).isEqualTo(before + 1);
        assertThat(talents.partnerProjectsOpenedPerVillage(JAN_1, DEC_31)).containsEntry(village.getId(), 1L);
        assertThat(talents.partnerProjectsOpenedPerVillage(PREVIOUS_DEC_31, NEXT_JAN_1)).containsEntry(village.getId(), 3L);
    }
}
