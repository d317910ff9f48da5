package org.cunwu.publicnotice.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.Role;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Without {@code cunwu.public-pages.enabled} (the production default, and the test profile's) there are no public pages:
 * a village's code is not found, and its printed notice board carries no QR code.
 */
@IntegrationTest
class PublicNoticeDisabledTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    VillageFixtures fixtures;

    @Test
    void publicPagesAreOffUnlessTurnedOn() throws Exception {
        String tag = VillageFixtures.freshCode().substring(0, 5);
        Village village = fixtures.village("公开村" + tag, fixtures.town("公开镇" + tag));
        assertThat(mvc.perform(get("/public/villages/" + village.getCode())).andReturn().getResponse().getStatus()).isEqualTo(404);
        String board = mvc.perform(get("/villages/" + village.getId() + "/notice-board")
                .with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null)))).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(board).contains("公开村" + tag).doesNotContain("notice-qr", "/public/villages/");
    }
}
