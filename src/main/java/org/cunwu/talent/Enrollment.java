package org.cunwu.talent;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.cadres.Person;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.envers.Audited;

/**
 * An enrollment in a programme of a village cadre ({@code person}) or of a returned talent ({@code talent}), exactly
 * one of the two, with the training mode and the outcome.
 */
@Entity
@Audited
@Table(name = "talent_enrollment")
public class Enrollment extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "talent_id")
    private Talent talent;

    private LocalDate fromDate;

    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private TrainingMode trainingMode;

    private String outcome;

    protected Enrollment() {
    }

    Enrollment(Program program, Person person, LocalDate fromDate, TrainingMode mode) {
        this.program = program;
        this.person = person;
        this.fromDate = fromDate;
        this.trainingMode = mode;
    }

    Enrollment(Program program, Talent talent, LocalDate fromDate, TrainingMode mode) {
        this.program = program;
        this.talent = talent;
        this.fromDate = fromDate;
        this.trainingMode = mode;
    }

    void finish(LocalDate on, String outcome) {
        this.toDate = on;
        this.outcome = outcome;
    }

    public Program getProgram() {
        return program;
    }

    /** The cadre enrolled, or null where a talent is. */
    public Person getPerson() {
        return person;
    }

    /** The returned talent enrolled, or null where a cadre is. */
    public Talent getTalent() {
        return talent;
    }

    public String getEnrolleeName() {
        return person != null ? person.getName() : talent.getName();
    }

    /** The enrolled one's page: the cadre's or the talent's. */
    public String getEnrolleeUrl() {
        return person != null ? "/cadres/" + person.getId() : "/talent/pool/" + talent.getId();
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

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("enrollment.person", HistoryLabels.of(person, Person::getName));
        fields.put("enrollment.talent", HistoryLabels.of(talent, Talent::getName));
        fields.put("enrollment.mode", trainingMode == null ? null : "msg:" + trainingMode.messageKey());
        fields.put("enrollment.fromDate", fromDate == null ? null : fromDate.toString());
        fields.put("enrollment.toDate", toDate == null ? null : toDate.toString());
        fields.put("enrollment.outcome", outcome);
        return fields;
    }

    @Override
    public String historySubject() {
        String name = HistoryLabels.of(person, Person::getName);
        return name != null ? name : HistoryLabels.of(talent, Talent::getName);
    }
}
