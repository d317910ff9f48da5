package org.cunwu.accounts.internal;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of the security log: a login, a failed login, a lockout, an export of personal data. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant at;

    private String username;

    private String kind;

    private String detail;

    private String remoteIp;

    /** The account the line is about when it is not the one who acted (whose password an administrator reset). */
    private String subject;

    protected AuditEvent() {
    }

    /** Every value is cleaned to fit its column: the log must never be the reason a request fails. */
    public AuditEvent(Instant at, String username, String kind, String detail, String remoteIp, String subject) {
        this.at = at;
        this.username = fit(username, 50);
        this.kind = fit(kind, 30);
        this.detail = fit(detail, 500);
        this.remoteIp = fit(remoteIp, 64);
        this.subject = fit(subject, 50);
    }

    /** Without control characters (PostgreSQL refuses NUL; the others garble the page) and cut to the column's length. */
    static String fit(String value, int maxChars) {
        if (value == null) {
            return null;
        }
        StringBuilder clean = new StringBuilder(Math.min(value.length(), maxChars));
        int count = 0;
        for (int i = 0; i < value.length() && count < maxChars; ) {
            int codePoint = value.codePointAt(i);
            i += Character.charCount(codePoint);
            if (!Character.isISOControl(codePoint) && Character.getType(codePoint) != Character.SURROGATE) {
                clean.appendCodePoint(codePoint);
                count++;
            }
        }
        return clean.toString();
    }

    public Long getId() {
        return id;
    }

    public Instant getAt() {
        return at;
    }

    public String getUsername() {
        return username;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }

    public String getRemoteIp() {
        return remoteIp;
    }

    public String getSubject() {
        return subject;
    }
}
