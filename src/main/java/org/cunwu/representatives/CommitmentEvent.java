package org.cunwu.representatives;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Who moved a commitment to which status, when, and why. */
@Entity
@Table(name = "commitment_event")
public class CommitmentEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    @Enumerated(EnumType.STRING)
    private CommitmentStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private CommitmentStatus toStatus;

    private LocalDate changedOn;

    private String reason;

    private String author;

    private Instant createdAt;

    protected CommitmentEvent() {
    }

    CommitmentEvent(Commitment commitment, CommitmentStatus fromStatus, CommitmentStatus toStatus, LocalDate changedOn,
            String reason, String author, Instant createdAt) {
        this.commitment = commitment;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedOn = changedOn;
        this.reason = reason;
        this.author = author;
        this.createdAt = createdAt;
    }

    public CommitmentStatus getFromStatus() {
        return fromStatus;
    }

    public CommitmentStatus getToStatus() {
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
}
