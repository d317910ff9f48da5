package org.cunwu.accounts.internal;

import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production start has no accounts and no default password: the first administrator comes from
 * CUNWU_ADMIN_USERNAME and CUNWU_ADMIN_PASSWORD, and only while no account exists at all.
 */
@Component
@Order(100)
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;

    BootstrapAdmin(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
            @Value("${cunwu.bootstrap-admin.username:}") String username,
            @Value("${cunwu.bootstrap-admin.password:}") String password) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.username = username;
        this.password = password;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.count() > 0) {
            return;
        }
        if (username.isBlank() || password.isBlank()) {
            log.warn("No user accounts exist. Set CUNWU_ADMIN_USERNAME and CUNWU_ADMIN_PASSWORD to create the first administrator.");
            return;
        }
        try {
            UserAdminService.requireStrong(password, "password");
        } catch (InvalidFieldException e) {
            log.error("CUNWU_ADMIN_PASSWORD must be {} characters to {} bytes (UTF-8), without control characters; "
                    + "no administrator was created.", UserAdminService.MIN_PASSWORD_LENGTH, UserAdminService.MAX_PASSWORD_BYTES);
            return;
        }
        accounts.save(new UserAccount(username, username, passwordEncoder.encode(password), Role.ADMIN, null, null));
        log.info("Created the first administrator '{}'.", username);
    }
}
