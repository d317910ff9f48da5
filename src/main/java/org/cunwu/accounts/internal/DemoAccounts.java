package org.cunwu.accounts.internal;

import java.util.List;

import org.cunwu.shared.Role;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts of PRODUCT.md, all with the password demo-password. Only with the demo profile, after
 * the demo district exists; an account that exists already is left as it is.
 */
@Component
@Profile("demo")
@Order(20)
class DemoAccounts implements ApplicationRunner {

    static final String PASSWORD = "demo-password";

    private record Seed(String username, String displayName, Role role, String townName, String villageName) {
    }

    private static final List<Seed> SEEDS = List.of(
            new Seed("admin", "系统管理员", Role.ADMIN, null, null),
            new Seed("district", "区委组织部", Role.DISTRICT_STAFF, null, null),
            new Seed("viewer", "区领导", Role.VIEWER, null, null),
            new Seed("town-ceshan", "册山街道工作人员", Role.TOWN_STAFF, "册山街道", null),
            new Seed("sec-chudun1", "褚墩一村书记", Role.VILLAGE_SECRETARY, null, "褚墩一村"),
            new Seed("sec-zhuchen", "朱陈社区书记", Role.VILLAGE_SECRETARY, null, "朱陈社区"));

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;

    DemoAccounts(UserAccountRepository accounts, PasswordEncoder passwordEncoder, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        String hash = null;
        for (Seed seed : SEEDS) {
            if (accounts.existsByUsername(seed.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(PASSWORD);
            }
            Long townId = seed.townName() == null ? null : idOf("town", seed.townName());
            Long villageId = seed.villageName() == null ? null : idOf("village", seed.villageName());
            accounts.save(new UserAccount(seed.username(), seed.displayName(), hash, seed.role(), townId, villageId));
        }
    }

    private Long idOf(String table, String name) {
        // table is one of two constants above, never user input
        return jdbc.queryForObject("select id from " + table + " where name = ?", Long.class, name);
    }
}
