package org.cunwu.accounts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.cunwu.accounts.internal.AuditDetails;
import org.cunwu.accounts.internal.AuditEvent;
import org.cunwu.accounts.internal.AuditEventRepository;
import org.cunwu.accounts.internal.AuditFilter;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Scope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the security log. Its own transaction: a failed login's line is kept even though the login fails.
 * Writing it never fails the request that is being logged: values are cleaned to fit (see {@link AuditEvent}),
 * and a line that still cannot be written is reported in the server log instead.
 * Not propagated: the internal types in the signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class AuditLog {

    public static final String LOGIN = "LOGIN";
    public static final String LOGIN_FAILED = "LOGIN_FAILED";
    public static final String LOCKED = "LOCKED";
    public static final String EXPORT = "EXPORT";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String PASSWORD_RESET = "PASSWORD_RESET";

    /** The kinds the log page offers as a filter, in the order it lists them. */
    public static final List<String> KINDS = List.of(LOGIN, LOGIN_FAILED, LOCKED, PASSWORD_CHANGED, PASSWORD_RESET, EXPORT);

    /** Parameters of a list's address that say nothing about what was exported. */
    private static final List<String> NOT_A_FILTER = List.of("_csrf", "page", "size", "sort");

    private static final Logger log = LoggerFactory.getLogger(AuditLog.class);

    private final AuditEventRepository events;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;

    AuditLog(AuditEventRepository events, Clock clock, PlatformTransactionManager transactionManager) {
        this.events = events;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void record(String username, String kind, String detail, String remoteIp) {
        record(username, kind, detail, remoteIp, null);
    }

    public void record(String username, String kind, String detail, String remoteIp, String subject) {
        AuditEvent event = new AuditEvent(Instant.now(clock), username, kind, detail, remoteIp, subject);
        try {
            ownTransaction.executeWithoutResult(status -> events.save(event));
        } catch (RuntimeException e) {
            log.error("Audit line not written: {} {} {}", event.getKind(), event.getUsername(), event.getDetail(), e);
        }
    }

    /**
     * An export of a list holding personal data (names, phones), by the signed-in user. The line names the list
     * by its address and keeps only the filters that were set ({@link AuditDetails} makes it readable); {@code what}
     * serves only when there is no request to read them from.
     */
    public void recordExport(String what) {
        PortalUser user = Scope.currentUser();
        HttpServletRequest request = currentRequest();
        record(user == null ? null : user.getUsername(), EXPORT, request == null ? what : exportDetail(request),
                request == null ? null : request.getRemoteAddr());
    }

    /** {@code /cadres?format=xlsx&townId=3}: the list's path and its non-empty parameters, with &, = and % escaped. */
    static String exportDetail(HttpServletRequest request) {
        StringBuilder detail = new StringBuilder(request.getRequestURI());
        char separator = '?';
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (NOT_A_FILTER.contains(parameter.getKey())) {
                continue;
            }
            for (String value : parameter.getValue()) {
                if (value != null && !value.isBlank()) {
                    detail.append(separator).append(AuditDetails.escape(parameter.getKey())).append('=')
                            .append(AuditDetails.escape(value.trim()));
                    separator = '&';
                }
            }
        }
        return detail.toString();
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }

    @Transactional(readOnly = true)
    public Page<AuditEvent> search(AuditFilter filter, Pageable pageable) {
        return events.findAll(filter.toSpecification(), pageable);
    }
}
