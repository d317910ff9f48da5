package org.cunwu.evaluations.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
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

import org.cunwu.villages.Town;
import org.cunwu.villages.Village;

/** A public commitment under evaluation; its grade follows from its votes by the evaluation's rule. */
@Entity
@Table(name = "evaluation_item")
public class EvaluationItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "evaluation_id")
    private Evaluation evaluation;

    @Column(name = "commitment_id")
    private Long commitmentId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "town_id")
    private Town town;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    @Column(name = "representative_id")
    private Long representativeId;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private LocalDate gradedOn;

    protected EvaluationItem() {
    }

    /** Sets the grade the votes now give; answers whether it changed. */
    boolean regrade(Grade decided, LocalDate on) {
        if (decided == grade) {
            return false;
        }
        this.grade = decided;
        this.gradedOn = decided == null ? null : on;
        return true;
    }

    public Long getId() {
        return id;
    }

    public Evaluation getEvaluation() {
        return evaluation;
    }

    public Long getCommitmentId() {
        return commitmentId;
    }

    public Town getTown() {
        return town;
    }

    public Village getVillage() {
        return village;
    }

    /** The representative who pledged the commitment, if one did. */
    public Long getRepresentativeId() {
        return representativeId;
    }

    public Grade getGrade() {
        return grade;
    }

    public LocalDate getGradedOn() {
        return gradedOn;
    }
}
