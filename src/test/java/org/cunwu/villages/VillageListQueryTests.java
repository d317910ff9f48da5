package org.cunwu.villages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManagerFactory;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The village list issues a fixed number of queries whatever the number of villages on the page (no N+1). */
@IntegrationTest
class VillageListQueryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    long statementsFor(Town town, PortalUser who) throws Exception {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        mvc.perform(get("/villages").param("townId", town.getId().toString()).param("size", "100").with(user(who)))
                .andExpect(status().isOk());
        return statistics.getPrepareStatementCount();
    }

    @Test
    void listQueriesDoNotGrowWithThePage() throws Exception {
        Town town = fixtures.town("计数镇" + VillageFixtures.freshCode().substring(0, 5));
        for (int i = 0; i < 3; i++) {
            fixtures.village("计数村" + i, town);
        }
        PortalUser staff = VillageFixtures.user(Role.DISTRICT_STAFF, null, null);
        PortalUser townStaff = VillageFixtures.user(Role.TOWN_STAFF, town.getId(), null);
        statementsFor(town, staff); // the town filter's options are kept after the first list (TownChoices)
        long few = statementsFor(town, staff);
        long fewForTown = statementsFor(town, townStaff);
        for (int i = 3; i < 40; i++) {
            fixtures.village("计数村" + i, town);
        }
        assertThat(statementsFor(town, staff)).isEqualTo(few);
        assertThat(statementsFor(town, townStaff)).isEqualTo(fewForTown);
        assertThat(few).isLessThanOrEqualTo(6);
    }
}
