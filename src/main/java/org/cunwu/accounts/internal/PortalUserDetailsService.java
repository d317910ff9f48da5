package org.cunwu.accounts.internal;

import java.time.Clock;
import java.time.Instant;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads the account that is signing in, as the {@link org.cunwu.shared.PortalUser} every module reads its scope from. */
@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final Clock clock;

    PortalUserDetailsService(UserAccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        if (!couldBeAUsername(username)) {
            // not asked of the database at all: PostgreSQL refuses NUL, and no account has such a name
            throw new UsernameNotFoundException("not a user name");
        }
        return accounts.findByUsername(username)
                .map(account -> account.toPortalUser(Instant.now(clock)))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }

    /** What an account's name can be (see UserForm): up to 50 characters, none of them a control character. */
    static boolean couldBeAUsername(String username) {
        return username != null && !username.isBlank() && username.length() <= 50
                && username.chars().noneMatch(Character::isISOControl);
    }
}
