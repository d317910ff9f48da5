package org.cunwu.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.cunwu.accounts.AuditLog;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins: after {@code cunwu.login.max-failures} in a row the account is locked for
 * {@code cunwu.login.lock-minutes}. Every login and every failure goes to the audit log, whatever was typed.
 * The counter is raised in the database in one statement, so that simultaneous failures are all counted.
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
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        String username = String.valueOf(event.getAuthentication().getPrincipal());
        String ip = remoteIp(event.getAuthentication().getDetails());
        auditLog.record(username, AuditLog.LOGIN_FAILED, reason(event), ip);
        if (event instanceof AuthenticationFailureBadCredentialsEvent && PortalUserDetailsService.couldBeAUsername(username)) {
            Instant until = Instant.now(clock).plus(lockFor);
            accounts.countFailure(username);
            if (accounts.lockIfTooManyFailures(username, maxFailures, until) > 0) {
                auditLog.record(username, AuditLog.LOCKED, until.toString(), ip);
            }
        }
    }

    @EventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        auditLog.record(username, AuditLog.LOGIN, null, remoteIp(event.getAuthentication().getDetails()));
        accounts.clearFailures(username);
    }

    /** Stored as a word the log page translates (see {@link AuditDetails}). */
    private static String reason(AbstractAuthenticationFailureEvent event) {
        if (event instanceof AuthenticationFailureLockedEvent) {
            return "locked";
        }
        if (event instanceof AuthenticationFailureDisabledEvent) {
            return "disabled";
        }
        return event instanceof AuthenticationFailureBadCredentialsEvent ? null : "other";
    }

    private static String remoteIp(Object details) {
        return details instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
