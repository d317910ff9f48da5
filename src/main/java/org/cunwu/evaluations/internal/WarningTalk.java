package org.cunwu.evaluations.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** The warning talk (约谈) a town held with a representative at or over the evaluation's threshold: when, who held it, outcome. */
@Entity
@Table(name = "evaluation_talk")
@Audited
public class WarningTalk extends VersionedEntity implements Historied {

    private Long evaluationId;

    @Column(name = "representative_id")
    private Long representativeId;

    private Long townId;

    private Long villageId;

    private LocalDate heldOn;

    private String heldBy;

    private String outcome;

    private String recordedBy;

    @NotAudited
    private String clientToken;

    protected WarningTalk() {
    }

    WarningTalk(Long evaluationId, Long representativeId, Long townId, Long villageId, String clientToken) {
        this.evaluationId = evaluationId;
        this.representativeId = representativeId;
        this.townId = townId;
        this.villageId = villageId;
        this.clientToken = clientToken;
    }

    void record(LocalDate heldOn, String heldBy, String outcome, String recordedBy) {
        this.heldOn = heldOn;
        this.heldBy = heldBy;
        this.outcome = outcome;
        this.recordedBy = recordedBy;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public Long getRepresentativeId() {
        return representativeId;
    }

    public Long getTownId() {
        return townId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getHeldBy() {
        return heldBy;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evaluation.talk.heldOn", heldOn == null ? null : heldOn.toString());
        fields.put("evaluation.talk.heldBy", heldBy);
        fields.put("evaluation.talk.outcome", outcome);
        return fields;
    }
}
