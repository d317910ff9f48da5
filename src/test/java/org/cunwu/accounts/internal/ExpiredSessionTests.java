package org.cunwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A form sent after the session expired is kept: sign in again and it comes back filled, ready to send. Only a form
 * from the portal's own page in the same browser is kept; a post from another site is refused, never offered back.
 */
@IntegrationTest
class ExpiredSessionTests {

    static final String PASSWORD = "a-long-password";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    String username;

    @BeforeEach
    void secretary() {
        var village = fixtures.village("过期村" + VillageFixtures.freshCode().substring(0, 5), fixtures.town("过期镇" + VillageFixtures.freshCode()));
        username = "sec" + VillageFixtures.freshCode().substring(0, 7);
        accounts.save(new UserAccount(username, "书记", passwordEncoder.encode(PASSWORD), Role.VILLAGE_SECRETARY, null, village.getId()));
    }

    /** The browser's cookie of a session that has expired: signed in once, then the session is gone from the database. */
    Cookie expiredSession() throws Exception {
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        jdbc.update("delete from spring_session where principal_name = ?", username);
        return session;
    }

    MockHttpServletRequestBuilder receptionPostedWith(Cookie session) {
        return post("/receptions/new").cookie(session).contentType("application/x-www-form-urlencoded")
                .param("_csrf", "token-of-the-expired-session").param("residentName", "赵大娘").param("topic", "自来水停了三天")
                .param("peopleCount", "2").param("receivedOn", "2023-07-01");
    }

    String signInAgain(Cookie session, String expectedTarget) throws Exception {
        var login = mvc.perform(post("/login").cookie(session).with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl(expectedTarget)).andReturn();
        Cookie renewed = login.getResponse().getCookie("SESSION") != null ? login.getResponse().getCookie("SESSION") : session;
        return mvc.perform(get("/account/restore-form").cookie(renewed)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void aReceptionTypedBeforeTheSessionExpiredComesBackAfterSigningIn() throws Exception {
        var expired = mvc.perform(receptionPostedWith(expiredSession()).header("Origin", "http://localhost")
                        .header("Referer", "http://localhost/receptions/new"))
                .andExpect(redirectedUrl("/login?expired")).andReturn();
        Cookie session = expired.getResponse().getCookie("SESSION");
        String page = signInAgain(session, "/account/restore-form");
        assertThat(page).contains("action=\"/receptions/new\"").contains("value=\"自来水停了三天\"").contains("value=\"赵大娘\"")
                .contains("name=\"_csrf\"");
    }

    @Test
    void aFormWithOnlyAReferrerOfThePortalIsKeptToo() throws Exception {
        mvc.perform(receptionPostedWith(expiredSession()).header("Referer", "http://localhost/receptions/new"))
                .andExpect(redirectedUrl("/login?expired"));
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedAndNeverOfferedAfterSigningIn() throws Exception {
        Cookie session = expiredSession();
        mvc.perform(receptionPostedWith(session).header("Origin", "https://elsewhere.example")
                        .header("Referer", "https://elsewhere.example/page.html"))
                .andExpect(status().isForbidden());
        mvc.perform(receptionPostedWith(session).header("Origin", "null")).andExpect(status().isForbidden());
        mvc.perform(receptionPostedWith(session)).andExpect(status().isForbidden());
        String page = signInAgain(session, "/");
        assertThat(page).doesNotContain("自来水停了三天");
    }

    @Test
    void aFormFromThePortalWithoutTheBrowsersSessionCookieIsNotKept() throws Exception {
        // what a cross-site post looks like to the portal: the SameSite=Lax session cookie is not sent
        mvc.perform(post("/admin/users/1/password").contentType("application/x-www-form-urlencoded")
                        .header("Origin", "http://localhost").param("newPassword", "chosen-by-attacker"))
                .andExpect(status().isForbidden());
    }
}
