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

/** Who moved a problem to which status, when, and with which note or reason. */
@Entity
@Table(name = "problem_event")
public class ProblemEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id")
    private Problem problem;

    @Enumerated(EnumType.STRING)
    private ProblemStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ProblemStatus toStatus;

    private LocalDate changedOn;

    private String reason;

    private String author;

    private Instant createdAt;

    protected ProblemEvent() {
    }

    ProblemEvent(Problem problem, ProblemStatus fromStatus, ProblemStatus toStatus, LocalDate changedOn, String reason, String author,
            Instant createdAt) {
        this.problem = problem;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedOn = changedOn;
        this.reason = reason;
        this.author = author;
        this.createdAt = createdAt;
    }

    public ProblemStatus getFromStatus() {
        return fromStatus;
    }

    public ProblemStatus getToStatus() {
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
