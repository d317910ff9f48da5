package org.cunwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.IntegrationTest;
import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** Login, lockout after repeated failures, the audit log, password change and the administrator's user pages. */
@IntegrationTest
class AccountsTests {

    static final String PASSWORD = "correct-horse-9";

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

    UserAccount account(Role role) {
        String name = "u" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return accounts.save(new UserAccount(name, "测试用户", passwordEncoder.encode(PASSWORD), role, null, null));
    }

    @Test
    void theRightPasswordSignsInAndIsLogged() throws Exception {
        UserAccount account = account(Role.DISTRICT_STAFF);
        mvc.perform(formLogin("/login").user(account.getUsername()).password(PASSWORD)).andExpect(redirectedUrl("/"));
        assertThat(auditEvents.countByUsernameAndKind(account.getUsername(), AuditLog.LOGIN)).isEqualTo(1);
    }

    @Test
    void aWrongPasswordSaysSoAndIsLogged() throws Exception {
        UserAccount account = account(Role.VIEWER);
        mvc.perform(formLogin("/login").user(account.getUsername()).password("wrong")).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(auditEvents.countByUsernameAndKind(account.getUsername(), AuditLog.LOGIN_FAILED)).isEqualTo(1);
        String page = mvc.perform(get("/login").param("error", "bad")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("用户名或密码不正确");
    }

    @Test
    void fiveFailuresInARowLockTheAccountEvenAgainstTheRightPassword() throws Exception {
        UserAccount account = account(Role.VIEWER);
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/login").user(account.getUsername()).password("wrong-" + i));
        }
        // locked: the right password is refused, with the same answer as a wrong one (see SignInTests)
        mvc.perform(formLogin("/login").user(account.getUsername()).password(PASSWORD)).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(auditEvents.countByUsernameAndKind(account.getUsername(), AuditLog.LOCKED)).isEqualTo(1);
        String page = mvc.perform(get("/login").param("error", "bad")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("会被暂时锁定");
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        UserAccount account = account(Role.VIEWER);
        account.setEnabled(false);
        accounts.save(account);
        mvc.perform(formLogin("/login").user(account.getUsername()).password(PASSWORD)).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void passwordChangeNeedsTheCurrentPassword() throws Exception {
        UserAccount account = account(Role.VIEWER);
        PortalUser me = account.toPortalUser(Instant.now());
        String page = mvc.perform(post("/account/password").with(csrf()).with(user(me))
                        .param("currentPassword", "not-it").param("newPassword", "another-long-pw").param("confirmPassword", "another-long-pw"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("当前密码不正确");
        mvc.perform(post("/account/password").with(csrf()).with(user(me))
                        .param("currentPassword", PASSWORD).param("newPassword", "another-long-pw").param("confirmPassword", "another-long-pw"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(formLogin("/login").user(account.getUsername()).password("another-long-pw")).andExpect(redirectedUrl("/"));
    }

    @Test
    void onlyAdministratorsOpenUserAdministration() throws Exception {
        for (Role role : new Role[] {Role.DISTRICT_STAFF, Role.VIEWER, Role.TOWN_STAFF, Role.VILLAGE_SECRETARY}) {
            mvc.perform(get("/admin/users").with(user(VillageFixtures.user(role, 1L, 1L)))).andExpect(status().isForbidden());
        }
        mvc.perform(get("/admin/users").with(user(admin))).andExpect(status().isOk());
    }

    @Test
    void anAdministratorCreatesATownStaffAccountOnlyWithATown() throws Exception {
        Town town = fixtures.town("账号镇" + VillageFixtures.freshCode().substring(0, 5));
        String name = "town" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        String page = mvc.perform(post("/admin/users/new").with(csrf()).with(user(admin))
                        .param("username", name).param("displayName", "镇干部").param("role", "TOWN_STAFF")
                        .param("password", "long-enough-pw").param("enabled", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("镇街工作人员必须选择所属镇街");
        mvc.perform(post("/admin/users/new").with(csrf()).with(user(admin))
                        .param("username", name).param("displayName", "镇干部").param("role", "TOWN_STAFF")
                        .param("townId", town.getId().toString()).param("password", "long-enough-pw").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        UserAccount created = accounts.findByUsername(name).orElseThrow();
        assertThat(created.getTownId()).isEqualTo(town.getId());
        assertThat(created.getPasswordHash()).startsWith("{bcrypt}");
        mvc.perform(formLogin("/login").user(name).password("long-enough-pw")).andExpect(redirectedUrl("/"));
    }
}
