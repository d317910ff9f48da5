package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;

/** A dated training, exchange or posting of a cohort. */
@Entity
@Audited
@Table(name = "cohort_activity")
public class CohortActivity extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cohort_id")
    private Cohort cohort;

    @Enumerated(EnumType.STRING)
    private ActivityKind kind;

    private String title;

    private LocalDate heldOn;

    private String note;

    protected CohortActivity() {
    }

    CohortActivity(Cohort cohort, ActivityKind kind, String title, LocalDate heldOn, String note) {
        this.cohort = cohort;
        this.kind = kind;
        this.title = title;
        this.heldOn = heldOn;
        this.note = note;
    }

    public Cohort getCohort() {
        return cohort;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getNote() {
        return note;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("activity.kind", kind == null ? null : "msg:" + kind.messageKey());
        fields.put("activity.title", title);
        fields.put("activity.heldOn", heldOn == null ? null : heldOn.toString());
        fields.put("activity.note", note);
        return fields;
    }
}
