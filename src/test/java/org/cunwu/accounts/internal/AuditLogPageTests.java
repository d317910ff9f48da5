package org.cunwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.IntegrationTest;
import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.Town;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFixtures;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

/** The audit log page (filters, paging, readable details), the log's robustness, account history and password limits. */
@IntegrationTest
class AuditLogPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog auditLog;

    @Autowired
    AuditEventRepository auditEvents;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    VillageFixtures fixtures;

    @Autowired
    JdbcTemplate jdbc;

    final PortalUser admin = VillageFixtures.user(Role.ADMIN, null, null);

    String page(RequestBuilder request) throws Exception {
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    static String fresh(String prefix) {
        return prefix + ThreadLocalRandom.current().nextInt(1_000_000, 9_999_999);
    }

    @Test
    void anExportIsShownAsTheListAndItsFiltersWithTheTownByName() throws Exception {
        Town town = fixtures.town(fresh("导出镇"));
        PortalUser district = new PortalUser(1L, fresh("exp"), "{noop}x", "区干部", Role.DISTRICT_STAFF, null, null, true, true);
        mvc.perform(get("/cadres").param("format", "csv").param("q", "张").param("townId", town.getId().toString())
                .param("villageId", "").param("sort", "name").with(user(district))).andExpect(status().isOk());
        String log = page(get("/admin/users/audit").param("user", district.getUsername()).with(user(admin)));
        assertThat(log).contains("村干部（CSV）：关键词 张；镇街 " + town.getName()).doesNotContain("CadreFilter").doesNotContain("null");
    }

    @Test
    void theLogFiltersByUserKindAndDayAndPages() throws Exception {
        String someone = fresh("flt");
        for (int i = 0; i < 55; i++) {
            auditLog.record(someone, AuditLog.LOGIN, null, "10.0.0." + i);
        }
        auditLog.record(someone, AuditLog.LOGIN_FAILED, null, "10.0.1.1");
        String all = page(get("/admin/users/audit").param("user", someone).with(user(admin)));
        assertThat(all).contains("共 56 条");
        String failed = page(get("/admin/users/audit").param("user", someone).param("kind", "LOGIN_FAILED").with(user(admin)));
        assertThat(failed).contains("10.0.1.1").doesNotContain("10.0.0.1<").contains("共 1 条");
        String secondPage = page(get("/admin/users/audit").param("user", someone).param("page", "1").with(user(admin)));
        assertThat(secondPage).contains("共 56 条");
        String yesterday = LocalDate.now().minusDays(1).toString();
        String before = page(get("/admin/users/audit").param("user", someone).param("dayTo", yesterday).with(user(admin)));
        assertThat(before).doesNotContain("10.0.1.1");
        String today = page(get("/admin/users/audit").param("user", someone).param("kind", "LOGIN_FAILED")
                .param("dayFrom", LocalDate.now().toString()).param("dayTo", LocalDate.now().toString()).with(user(admin)));
        assertThat(today).contains("10.0.1.1");
        // filter values that cannot be used drop themselves instead of failing
        page(get("/admin/users/audit").param("user", "ab" + "x".repeat(60)).param("kind", "NOPE")
                .param("dayFrom", "99999-01-01").param("dayTo", "2023-13-45").with(user(admin)));
        // a control character in a filter is the request filter's 400 page, never a database error
        mvc.perform(get("/admin/users/audit").param("user", "a\u0000b").with(user(admin))).andExpect(status().isBadRequest());
    }

    @Test
    void theLogNeverFailsOnWhatItIsGiven() {
        String name = fresh("long") + "\u0000" + "n".repeat(80);
        auditLog.record(name, AuditLog.EXPORT, "d\u0000e\u001b" + "长".repeat(900), "1".repeat(100));
        String stored = name.replace("\u0000", "").substring(0, 50);
        assertThat(auditEvents.countByUsernameAndKind(stored, AuditLog.EXPORT)).isEqualTo(1);
        String detail = jdbc.queryForObject("select detail from audit_event where username = ?", String.class, stored);
        assertThat(detail).startsWith("de长").hasSize(500);
    }

    @Test
    void linesWrittenBeforeReadableExportsLoseTheirEmptyEntries() throws Exception {
        String someone = fresh("old");
        auditLog.record(someone, AuditLog.EXPORT, "cadres xlsx CadreFilter[q=null, townId=3, villageId=null, current=true]", null);
        String log = page(get("/admin/users/audit").param("user", someone).with(user(admin)));
        assertThat(log).contains("cadres xlsx CadreFilter[townId=3, current=true]");
    }

    @Test
    void theAccountHistoryNamesTheVillageNotItsId() throws Exception {
        Town town = fixtures.town(fresh("历史镇"));
        Village village = fixtures.village(fresh("历史村"), town);
        String name = fresh("hist");
        mvc.perform(post("/admin/users/new").with(csrf()).with(user(admin)).param("username", name).param("displayName", "书记")
                        .param("role", "VILLAGE_SECRETARY").param("villageId", village.getId().toString())
                        .param("password", "long-enough-pw").param("enabled", "true"))
                .andExpect(status().is3xxRedirection());
        UserAccount created = accounts.findByUsername(name).orElseThrow();
        String detail = page(get("/admin/users/{id}", created.getId()).with(user(admin)));
        String history = detail.substring(detail.indexOf("class=\"mt-4 history\""));
        assertThat(history).contains(town.getName() + " · " + village.getName()).doesNotContain(">" + village.getId() + "<");
    }

    @Test
    void passwordFormsStateTheLimitsAndRefuseMoreThan72BytesAsAFieldError() throws Exception {
        String name = fresh("pwd");
        UserAccount account = accounts.save(new UserAccount(name, "密码", passwordEncoder.encode("original-pw-1"), Role.VIEWER, null, null));
        PortalUser me = account.toPortalUser(Instant.now());
        String tooLong = "密码".repeat(13);  // 26 characters, 78 bytes
        assertThat(page(get("/account/password").with(user(me)))).contains("最多 72 字节");
        String own = page(post("/account/password").with(csrf()).with(user(me)).param("currentPassword", "original-pw-1")
                .param("newPassword", tooLong).param("confirmPassword", tooLong));
        assertThat(own).contains("密码最多 72 字节").contains("is-invalid");
        assertThat(page(get("/admin/users/{id}", account.getId()).with(user(admin)))).contains("最多 72 字节");
        String reset = page(post("/admin/users/{id}/password", account.getId()).with(csrf()).with(user(admin)).param("newPassword", tooLong));
        assertThat(reset).contains("密码最多 72 字节").contains("is-invalid");
        // a control character cannot be typed into the reset field: the page again with the field's message, nothing set
        String control = page(post("/admin/users/{id}/password", account.getId()).with(csrf()).with(user(admin))
                .param("newPassword", "abc\u0000defghijk"));
        assertThat(control).contains("is-invalid").doesNotContain("alert-success");
        String created = page(post("/admin/users/new").with(csrf()).with(user(admin)).param("username", fresh("pwn"))
                .param("displayName", "新").param("role", "VIEWER").param("password", tooLong).param("enabled", "true"));
        assertThat(created).contains("密码最多 72 字节");
        // 24 Chinese characters are exactly 72 bytes: accepted
        mvc.perform(post("/admin/users/{id}/password", account.getId()).with(csrf()).with(user(admin)).param("newPassword", "密码".repeat(12)))
                .andExpect(redirectedUrl("/admin/users/" + account.getId()));
    }
}
