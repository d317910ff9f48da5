package org.cunwu.representatives.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.status.StatusEvent;

/** A step of a commitment's status trail. */
@Entity
@Table(name = "commitment_event")
public class CommitmentEvent extends StatusEvent<CommitmentStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "commitment_id")
    private Commitment commitment;

    protected CommitmentEvent() {
    }

    public CommitmentEvent(Commitment commitment, CommitmentStatus fromStatus, CommitmentStatus toStatus, LocalDate changedOn, String reason, String author, Instant createdAt) {
        super(fromStatus, toStatus, changedOn, reason, author, createdAt);
        this.commitment = commitment;
    }
}
