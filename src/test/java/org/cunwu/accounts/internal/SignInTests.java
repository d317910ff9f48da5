package org.cunwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.IntegrationTest;
import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.Role;
import org.cunwu.villages.VillageFixtures;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The sign-in form's answers: the same for an unknown name, a wrong password and a locked account, so they never
 * tell which names exist; never a 500, whatever is typed; every failure logged and counted.
 */
@IntegrationTest
class SignInTests {

    static final String PASSWORD = "sign-in-pass-1";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    UserAccount account() {
        String name = "si" + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
        return accounts.save(new UserAccount(name, "登录测试", passwordEncoder.encode(PASSWORD), Role.VIEWER, null, null));
    }

    ResultActions signIn(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password));
    }

    int failedAttempts(String username) {
        return jdbc.queryForObject("select failed_attempts from app_user where username = ?", Integer.class, username);
    }

    @Test
    void aLockedAccountAnswersLikeAnUnknownNameEvenWithTheRightPassword() throws Exception {
        UserAccount account = account();
        for (int i = 0; i < 5; i++) {
            signIn(account.getUsername(), "wrong-" + i).andExpect(redirectedUrl("/login?error=bad"));
        }
        assertThat(auditEvents.countByUsernameAndKind(account.getUsername(), AuditLog.LOCKED)).isEqualTo(1);
        signIn(account.getUsername(), PASSWORD).andExpect(redirectedUrl("/login?error=bad"));
        signIn(account.getUsername(), "wrong-again").andExpect(redirectedUrl("/login?error=bad"));
        signIn("nobody-" + account.getUsername(), PASSWORD).andExpect(redirectedUrl("/login?error=bad"));
        // the right password while locked is logged as a failure, with the reason only the log shows
        assertThat(jdbc.queryForObject("select count(*) from audit_event where username = ? and kind = 'LOGIN_FAILED' and detail = 'locked'",
                Long.class, account.getUsername())).isEqualTo(1);
        mvc.perform(get("/login").param("error", "bad")).andExpect(content().string(
                Matchers.containsString("连续输错 5 次的账号会被暂时锁定 15 分钟")));
    }

    @Test
    void aDisabledAccountSaysSoOnlyAfterTheRightPassword() throws Exception {
        UserAccount account = account();
        account.setEnabled(false);
        accounts.save(account);
        signIn(account.getUsername(), "wrong-password").andExpect(redirectedUrl("/login?error=bad"));
        signIn(account.getUsername(), PASSWORD).andExpect(redirectedUrl("/login?error=disabled"));
    }

    @Test
    void aUserNameLongerThanTheColumnIsAnOrdinaryFailureAndIsLogged() throws Exception {
        String longName = "x".repeat(45) + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999) + "y".repeat(30);
        signIn(longName, "whatever-it-is").andExpect(redirectedUrl("/login?error=bad"));
        assertThat(auditEvents.countByUsernameAndKind(longName.substring(0, 50), AuditLog.LOGIN_FAILED)).isEqualTo(1);
    }

    @Test
    void controlCharactersInTheUserNameOrPasswordAreAnOrdinaryFailure() throws Exception {
        UserAccount account = account();
        String name = account.getUsername();
        signIn(name.substring(0, 3) + "\u0000" + name.substring(3), PASSWORD).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(auditEvents.countByUsernameAndKind(name, AuditLog.LOGIN_FAILED)).as("logged without the NUL").isEqualTo(1);
        signIn(name, PASSWORD + "\u0000").andExpect(redirectedUrl("/login?error=bad"));
        signIn(name, "\u0007\u001b[2J").andExpect(redirectedUrl("/login?error=bad"));
        assertThat(failedAttempts(name)).as("both wrong passwords counted by the lockout").isEqualTo(2);
        assertThat(auditEvents.countByUsernameAndKind(name, AuditLog.LOGIN_FAILED)).isEqualTo(3);
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsAnOrdinaryFailure() throws Exception {
        UserAccount account = account();
        signIn(account.getUsername(), "长".repeat(200)).andExpect(redirectedUrl("/login?error=bad"));
        signIn("nobody-" + account.getUsername(), "长".repeat(200)).andExpect(redirectedUrl("/login?error=bad"));
        assertThat(failedAttempts(account.getUsername())).isEqualTo(1);
    }

    @Test
    void simultaneousFailuresAreAllCounted() throws Exception {
        UserAccount account = account();
        Thread[] threads = new Thread[4];
        for (int i = 0; i < threads.length; i++) {
            threads[i] = new Thread(() -> {
                try {
                    signIn(account.getUsername(), "wrong-at-once").andExpect(redirectedUrl("/login?error=bad"));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(failedAttempts(account.getUsername())).isEqualTo(4);
        assertThat(auditEvents.countByUsernameAndKind(account.getUsername(), AuditLog.LOGIN_FAILED)).isEqualTo(4);
    }

    @Test
    void theActuatorShowsOnlyHealth() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(content().json("{\"status\":\"UP\"}", true));
        mvc.perform(get("/actuator").with(user(VillageFixtures.user(Role.VILLAGE_SECRETARY, null, 1L)))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator/env").with(user(VillageFixtures.user(Role.DISTRICT_STAFF, null, null)))).andExpect(status().isForbidden());
        mvc.perform(get("/actuator").with(user(VillageFixtures.user(Role.ADMIN, null, null)))).andExpect(status().isNotFound());
    }
}
