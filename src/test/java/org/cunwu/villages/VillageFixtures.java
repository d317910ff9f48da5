package org.cunwu.villages;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.villages.internal.DistrictRepository;
import org.cunwu.villages.internal.TownRepository;
import org.cunwu.villages.internal.VillageDetails;
import org.cunwu.villages.internal.VillageRepository;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Small builders for towns and villages in tests; every code is fresh so test classes never collide. */
@Component
public class VillageFixtures {

    private final DistrictRepository districts;
    private final TownRepository towns;
    private final VillageRepository villages;
    private final JdbcTemplate jdbc;
    private final PasswordEncoder passwordEncoder;

    VillageFixtures(DistrictRepository districts, TownRepository towns, VillageRepository villages,
            JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.districts = districts;
        this.towns = towns;
        this.villages = villages;
    }

    public District district() {
        return districts.findByCode("999999").orElseGet(() -> districts.save(new District("测试区", "999999")));
    }

    public Town town(String name) {
        return towns.save(new Town(name, TownKind.TOWN, freshCode(), district()));
    }

    public Village village(String name, Town town) {
        Village village = new Village(name, VillageKind.VILLAGE, freshCode(), town);
        village.update(new VillageDetails(name, VillageKind.VILLAGE, village.getCode(), town.getId(), null, 1200, 380,
                null, null, false, false, ConversionStatus.NONE, Set.of("大米"), null, null), town, null);
        return villages.save(village);
    }

    public Village reload(Long id) {
        return villages.findWithTownById(id).orElse(null);
    }

    public static String freshCode() {
        return String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
    }

    public static PortalUser user(Role role, Long townId, Long villageId) {
        return new PortalUser(ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE), "test-" + role.name().toLowerCase(),
                "{noop}unused", "测试" + role.name(), role, townId, villageId, true, true);
    }

    /** Runs what follows in this thread as {@code user}, as the security filters would after signing in. */
    public static void signIn(PortalUser user) {
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A real account to sign in with through the login form (browser tests); a village gives a secretary its village. */
    public void account(String username, String displayName, String password, Role role, Long villageId) {
        jdbc.update("insert into app_user (username, display_name, password_hash, role, village_id) values (?, ?, ?, ?, ?)",
                username, displayName, passwordEncoder.encode(password), role.name(), villageId);
    }
}
