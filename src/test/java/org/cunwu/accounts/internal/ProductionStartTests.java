package org.cunwu.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.cunwu.IntegrationTest;
import org.cunwu.shared.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Without the demo profile nothing is loaded but the administrator named by configuration, and no default password exists. */
@IntegrationTest(properties = {"cunwu.bootstrap-admin.username=chief", "cunwu.bootstrap-admin.password=a-long-secret-1"})
class ProductionStartTests {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void onlyTheConfiguredAdministratorExistsAndNoDemoData() {
        assertThat(jdbc.queryForObject("select count(*) from village", Long.class)).isZero();
        assertThat(jdbc.queryForList("select username from app_user", String.class)).containsExactly("chief");
        UserAccount chief = accounts.findByUsername("chief").orElseThrow();
        assertThat(chief.getRole()).isEqualTo(Role.ADMIN);
        assertThat(passwordEncoder.matches("a-long-secret-1", chief.getPasswordHash())).isTrue();
        assertThat(passwordEncoder.matches("demo-password", chief.getPasswordHash())).isFalse();
    }
}
