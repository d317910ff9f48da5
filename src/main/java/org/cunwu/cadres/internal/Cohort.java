package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.shared.history.HistoryLabels;
import org.hibernate.envers.Audited;

/** A group of cadres under team management (e.g. the 26 "90后" young secretaries and deputies), with a mentor. */
@Entity
@Audited
public class Cohort extends VersionedEntity implements Historied {

    private String name;

    private String description;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "mentor_id")
    private Person mentor;

    private LocalDate startedOn;

    protected Cohort() {
    }

    public Cohort(String name) {
        this.name = name;
    }

    void update(String name, String description, Person mentor, LocalDate startedOn) {
        this.name = name;
        this.description = description;
        this.mentor = mentor;
        this.startedOn = startedOn;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public Person getMentor() {
        return mentor;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("cohort.name", name);
        fields.put("cohort.description", description);
        fields.put("cohort.mentor", HistoryLabels.of(mentor, Person::getName));
        fields.put("cohort.startedOn", startedOn == null ? null : startedOn.toString());
        return fields;
    }
}
