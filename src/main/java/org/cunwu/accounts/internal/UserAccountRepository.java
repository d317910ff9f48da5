package org.cunwu.accounts.internal;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from UserAccount u
            where u.username like concat('%', :q, '%') or u.displayName like concat('%', :q, '%')
            """)
    Page<UserAccount> search(String q, Pageable pageable);

    // The login counters change by statement, not by entity: simultaneous attempts neither conflict nor go uncounted,
    // and an administrator's edit (whose version they leave alone) is not refused because someone mistyped.

    @Modifying(flushAutomatically = true)
    @Query("update UserAccount u set u.failedAttempts = u.failedAttempts + 1 where u.username = :username")
    int countFailure(String username);

    /** Locks the account when the failures reached the limit; 1 when this call locked it. */
    @Modifying(flushAutomatically = true)
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = :until
            where u.username = :username and u.failedAttempts >= :maxFailures
            """)
    int lockIfTooManyFailures(String username, int maxFailures, Instant until);

    @Modifying(flushAutomatically = true)
    @Query("""
            update UserAccount u set u.failedAttempts = 0, u.lockedUntil = null
            where u.username = :username and (u.failedAttempts <> 0 or u.lockedUntil is not null)
            """)
    int clearFailures(String username);
}
