package org.cunwu.talent.internal;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.cadres.PersonRef;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.envers.Audited;

/**
 * An enrollment in a programme of a village cadre ({@code personId}, a person of the cadres module) or of a returned
 * talent ({@code talent}), exactly one of the two, with the training mode and the outcome.
 */
@Entity
@Audited
@Table(name = "talent_enrollment")
public class Enrollment extends VersionedEntity implements Historied {

    /**
     * Stands for the enrolled cadre in a history snapshot, which cannot read their name (another module's record):
     * {@link ProgramService#history} puts the name in its place.
     */
    static final String PERSON = "cadre:";

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(name = "person_id")
    private Long personId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "talent_id")
    private Talent talent;

    private LocalDate fromDate;

    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private TrainingMode trainingMode;

    private String outcome;

    /** The enrolled cadre as shown, set by {@link ProgramService#enrollmentsOf}; not stored. */
    @Transient
    private PersonRef person;

    protected Enrollment() {
    }

    Enrollment(Program program, Long personId, LocalDate fromDate, TrainingMode mode) {
        this.program = program;
        this.personId = personId;
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
    public Long getPersonId() {
        return personId;
    }

    void showAs(PersonRef person) {
        this.person = person;
    }

    /** The returned talent enrolled, or null where a cadre is. */
    public Talent getTalent() {
        return talent;
    }

    public String getEnrolleeName() {
        return personId != null ? (person == null ? null : person.name()) : talent.getName();
    }

    /** The enrolled one's page: the cadre's or the talent's. */
    public String getEnrolleeUrl() {
        return personId != null ? "/cadres/" + personId : "/talent/pool/" + talent.getId();
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
        fields.put("enrollment.person", personId == null ? null : PERSON + personId);
        fields.put("enrollment.talent", HistoryLabels.of(talent, Talent::getName));
        fields.put("enrollment.mode", trainingMode == null ? null : "msg:" + trainingMode.messageKey());
        fields.put("enrollment.fromDate", fromDate == null ? null : fromDate.toString());
        fields.put("enrollment.toDate", toDate == null ? null : toDate.toString());
        fields.put("enrollment.outcome", outcome);
        return fields;
    }

    @Override
    public String historySubject() {
        return personId != null ? PERSON + personId : HistoryLabels.of(talent, Talent::getName);
    }
}
