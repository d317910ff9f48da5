package org.cunwu.talent;

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
import jakarta.persistence.Version;

import org.cunwu.cadres.Person;

/** A person's enrollment in a programme, with the training mode and the outcome. */
@Entity
@Table(name = "talent_enrollment")
public class Enrollment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    private LocalDate fromDate;

    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private TrainingMode trainingMode;

    private String outcome;

    @Version
    private Long version;

    protected Enrollment() {
    }

    Enrollment(Program program, Person person, LocalDate fromDate, TrainingMode mode) {
        this.program = program;
        this.person = person;
        this.fromDate = fromDate;
        this.trainingMode = mode;
    }

    void finish(LocalDate on, String outcome) {
        this.toDate = on;
        this.outcome = outcome;
    }

    public Long getId() {
        return id;
    }

    public Program getProgram() {
        return program;
    }

    public Person getPerson() {
        return person;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public TrainingMode getTrainingMode() {
        return trainingMode;
    }

    public String getOutcome() {
        return outcome;
    }

    public Long getVersion() {
        return version;
    }
}
