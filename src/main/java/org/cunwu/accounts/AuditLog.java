package org.cunwu.accounts;

import java.time.Clock;
import java.time.Instant;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Scope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the security log. Its own transaction: a failed login's line is kept even though the login fails. */
@Service
public class AuditLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOCKED = "LOCKED";
    public static final String EXPORT = "EXPORT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(String username, String kind, String detail, String remoteIp) {
        events.save(new AuditEvent(Instant.now(clock), username, kind, detail, remoteIp));
    }

    /** An export of a list holding personal data (names, phones), by the signed-in user. */
    public void recordExport(String what) {
        PortalUser user = Scope.currentUser();
        record(user == null ? null : user.getUsername(), EXPORT, what, null);
    }

    @Transactional(readOnly = true)
    Page<AuditEvent> recent(Pageable pageable) {
        return events.findAllByOrderByAtDesc(pageable);
    }
}
