package org.cunwu.representatives.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.status.StatusEvent;

/** A step of a problem's status trail. */
@Entity
@Table(name = "problem_event")
public class ProblemEvent extends StatusEvent<ProblemStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "problem_id")
    private Problem problem;

    protected ProblemEvent() {
    }

    public ProblemEvent(Problem problem, ProblemStatus fromStatus, ProblemStatus toStatus, LocalDate changedOn, String reason, String author, Instant createdAt) {
        super(fromStatus, toStatus, changedOn, reason, author, createdAt);
        this.problem = problem;
    }
}
