package org.cunwu.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.nio.charset.StandardCharsets;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import jakarta.servlet.http.Cookie;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** A form sent after the session expired is kept: sign in again and it comes back filled, ready to send. */
@IntegrationTest
class ExpiredSessionTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    VillageFixtures fixtures;

    @Test
    void aReceptionTypedBeforeTheSessionExpiredComesBackAfterSigningIn() throws Exception {
        var village = fixtures.village("过期村" + VillageFixtures.freshCode().substring(0, 5), fixtures.town("过期镇" + VillageFixtures.freshCode()));
        String username = "sec" + VillageFixtures.freshCode().substring(0, 7);
        accounts.save(new UserAccount(username, "书记", passwordEncoder.encode("a-long-password"), Role.VILLAGE_SECRETARY, null, village.getId()));
        // sessions live in PostgreSQL (Spring Session): the browser's SESSION cookie carries them from request to request
        var expired = mvc.perform(post("/receptions/new").contentType("application/x-www-form-urlencoded")
                        .param("_csrf", "token-of-the-expired-session").param("residentName", "赵大娘").param("topic", "自来水停了三天")
                        .param("peopleCount", "2").param("receivedOn", "2023-07-01"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        Cookie session = expired.getResponse().getCookie("SESSION");
        var login = mvc.perform(post("/login").cookie(session).with(csrf()).param("username", username).param("password", "a-long-password"))
                .andExpect(redirectedUrl("/account/restore-form")).andReturn();
        Cookie renewed = login.getResponse().getCookie("SESSION") != null ? login.getResponse().getCookie("SESSION") : session;
        String page = mvc.perform(get("/account/restore-form").cookie(renewed)).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("action=\"/receptions/new\"").contains("value=\"自来水停了三天\"").contains("value=\"赵大娘\"")
                .contains("name=\"_csrf\"");
    }
}
