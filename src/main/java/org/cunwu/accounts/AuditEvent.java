package org.cunwu.accounts;

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

    protected AuditEvent() {
    }

    AuditEvent(Instant at, String username, String kind, String detail, String remoteIp) {
        this.at = at;
        this.username = username;
        this.kind = kind;
        this.detail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        this.remoteIp = remoteIp;
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
}
