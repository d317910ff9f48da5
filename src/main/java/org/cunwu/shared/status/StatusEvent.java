package org.cunwu.shared.status;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;

/**
 * One step of a record's status trail: who moved it (author), on which day, from which status to which (none for the
 * first), and why. Each record type keeps its trail in its own table with these columns and a reference to the record;
 * pages draw any trail with {@code fragments/status :: statusTrail}.
 */
@MappedSuperclass
public abstract class StatusEvent<S extends Enum<S>> {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private S fromStatus;

    @Enumerated(EnumType.STRING)
    private S toStatus;

    private LocalDate changedOn;

    private String reason;

    private String author;

    private Instant createdAt;

    protected StatusEvent() {
    }

    protected StatusEvent(S fromStatus, S toStatus, LocalDate changedOn, String reason, String author, Instant createdAt) {
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedOn = changedOn;
        this.reason = reason;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public S getFromStatus() {
        return fromStatus;
    }

    public S getToStatus() {
        return toStatus;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
