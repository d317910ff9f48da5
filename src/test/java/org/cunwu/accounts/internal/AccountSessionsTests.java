package org.cunwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.cunwu.IntegrationTest;
import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * A session does not outlive its account's rights: each change an administrator makes (disable, reset the password,
 * change the role, move to another village) ends the account's open sessions, signed in through the real login form
 * and kept in PostgreSQL by Spring Session. A password an administrator set must be replaced at the next sign-in.
 */
@IntegrationTest
class AccountSessionsTests {

    static final String PASSWORD = "sessions-pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    VillageFixtures fixtures;

    final PortalUser admin = VillageFixtures.user(Role.ADMIN, null, null);

    Village village;
    Village otherVillage;
    UserAccount secretary;
    UserAccount bystander;

    @BeforeEach
    void accounts() {
        Town town = fixtures.town("会话镇" + VillageFixtures.freshCode().substring(0, 6));
        village = fixtures.village("会话村" + VillageFixtures.freshCode().substring(0, 5), town);
        otherVillage = fixtures.village("迁入村" + VillageFixtures.freshCode().substring(0, 5), town);
        secretary = accounts.save(new UserAccount("sess" + VillageFixtures.freshCode().substring(0, 8), "会话书记",
                passwordEncoder.encode(PASSWORD), Role.VILLAGE_SECRETARY, null, village.getId()));
        bystander = accounts.save(new UserAccount("by" + VillageFixtures.freshCode().substring(0, 8), "旁人",
                passwordEncoder.encode(PASSWORD), Role.DISTRICT_STAFF, null, null));
    }

    /** Signs in through the login form and returns the browser's session cookie. */
    Cookie signIn(String username, String password) throws Exception {
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andExpect(status().is3xxRedirection()).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("session cookie after signing in").isNotNull();
        return session;
    }

    void assertSignedIn(Cookie session) throws Exception {
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
    }

    void assertSignedOut(Cookie session) throws Exception {
        mvc.perform(get("/").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    void editSecretary(Role role, Long villageId, boolean enabled) throws Exception {
        UserAccount current = accounts.findById(secretary.getId()).orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", secretary.getId()).with(csrf()).with(user(admin))
                        .param("username", current.getUsername()).param("displayName", current.getDisplayName())
                        .param("role", role.name()).param("villageId", villageId == null ? "" : villageId.toString())
                        .param("enabled", Boolean.toString(enabled)).param("version", current.getVersion().toString()))
                .andExpect(redirectedUrl("/admin/users/" + secretary.getId()));
    }

    @Test
    void disablingAnAccountEndsItsOpenSession() throws Exception {
        Cookie session = signIn(secretary.getUsername(), PASSWORD);
        Cookie other = signIn(bystander.getUsername(), PASSWORD);
        assertSignedIn(session);
        editSecretary(Role.VILLAGE_SECRETARY, village.getId(), false);
        assertSignedOut(session);
        assertSignedIn(other);
    }

    @Test
    void changingTheRoleEndsTheOpenSession() throws Exception {
        Cookie session = signIn(secretary.getUsername(), PASSWORD);
        mvc.perform(get("/receptions/new").cookie(session)).andExpect(status().isOk());
        editSecretary(Role.VIEWER, null, true);
        assertSignedOut(session);
        // signing in again gives the new role
        Cookie again = signIn(secretary.getUsername(), PASSWORD);
        mvc.perform(get("/receptions/new").cookie(again)).andExpect(status().isForbidden());
    }

    @Test
    void movingTheAccountToAnotherVillageEndsTheOpenSession() throws Exception {
        Cookie session = signIn(secretary.getUsername(), PASSWORD);
        mvc.perform(get("/villages/{id}", village.getId()).cookie(session)).andExpect(status().isOk());
        editSecretary(Role.VILLAGE_SECRETARY, otherVillage.getId(), true);
        assertSignedOut(session);
        Cookie again = signIn(secretary.getUsername(), PASSWORD);
        mvc.perform(get("/villages/{id}", otherVillage.getId()).cookie(again)).andExpect(status().isOk());
        mvc.perform(get("/villages/{id}", village.getId()).cookie(again)).andExpect(status().isNotFound());
    }

    @Test
    void aChangeOfTheNameAloneLeavesTheSessionOpen() throws Exception {
        Cookie session = signIn(secretary.getUsername(), PASSWORD);
        UserAccount current = accounts.findById(secretary.getId()).orElseThrow();
        mvc.perform(post("/admin/users/{id}/edit", secretary.getId()).with(csrf()).with(user(admin))
                        .param("username", current.getUsername()).param("displayName", "新名字").param("role", "VILLAGE_SECRETARY").param("villageId", village.getId().toString())
                        .param("enabled", "true").param("version", current.getVersion().toString()))
                .andExpect(redirectedUrl("/admin/users/" + secretary.getId()));
        assertSignedIn(session);
    }

    @Test
    void aPasswordResetEndsTheSessionIsLoggedAndMustBeReplacedAtTheNextSignIn() throws Exception {
        Cookie session = signIn(secretary.getUsername(), PASSWORD);
        assertSignedIn(session);
        mvc.perform(post("/admin/users/{id}/password", secretary.getId()).with(csrf()).with(user(admin))
                        .param("newPassword", "given-by-admin-1"))
                .andExpect(redirectedUrl("/admin/users/" + secretary.getId()));
        assertSignedOut(session);
        assertThat(auditEvents.countBySubjectAndKind(secretary.getUsername(), AuditLog.PASSWORD_RESET)).isEqualTo(1);
        String log = mvc.perform(get("/admin/users/audit").param("user", secretary.getUsername()).param("kind", "PASSWORD_RESET")
                        .with(user(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(log).contains(admin.getUsername()).contains("重置了 " + secretary.getUsername() + " 的密码");

        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", secretary.getUsername())
                        .param("password", "given-by-admin-1"))
                .andExpect(redirectedUrl("/account/password")).andReturn();
        Cookie renewed = login.getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(renewed)).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/receptions").cookie(renewed)).andExpect(redirectedUrl("/account/password"));
        String page = mvc.perform(get("/account/password").cookie(renewed)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("您的密码由系统管理员设置");
        mvc.perform(post("/account/password").cookie(renewed).with(csrf()).param("currentPassword", "given-by-admin-1")
                        .param("newPassword", "my-own-secret-2").param("confirmPassword", "my-own-secret-2"))
                .andExpect(redirectedUrl("/"));
        assertSignedIn(renewed);
        assertThat(accounts.findById(secretary.getId()).orElseThrow().isMustChangePassword()).isFalse();
        // the flag was only for that one password: the next sign-in goes straight in
        mvc.perform(post("/login").with(csrf()).param("username", secretary.getUsername()).param("password", "my-own-secret-2"))
                .andExpect(redirectedUrl("/"));
    }
}
