package org.cunwu.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: after {@code cunwu.login.max-failures} in a row the account is locked for
 * {@code cunwu.login.lock-minutes}. Every login and failure goes to the audit log.
 */
@Component
class LoginAttempts {

    private final UserAccountRepository accounts;
    private final AuditLog auditLog;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockFor;

    LoginAttempts(UserAccountRepository accounts, AuditLog auditLog, Clock clock,
            @Value("${cunwu.login.max-failures:5}") int maxFailures, @Value("${cunwu.login.lock-minutes:15}") int lockMinutes) {
        this.accounts = accounts;
        this.auditLog = auditLog;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockFor = Duration.ofMinutes(lockMinutes);
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String ip = remoteIp(event.getAuthentication().getDetails());
        auditLog.record(username, AuditLog.LOGIN_FAILED, null, ip);
        accounts.findByUsername(username).ifPresent(account -> {
            if (account.recordFailure(maxFailures, lockFor, Instant.now(clock))) {
                auditLog.record(username, AuditLog.LOCKED, "until " + account.getLockedUntil(), ip);
            }
        });
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.record(username, AuditLog.LOGIN, null, remoteIp(event.getAuthentication().getDetails()));
        accounts.findByUsername(username).ifPresent(UserAccount::recordSuccess);
    }

    private static String remoteIp(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
