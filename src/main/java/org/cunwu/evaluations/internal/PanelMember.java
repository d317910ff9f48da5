package org.cunwu.evaluations.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A representative on the village's panel for an evaluation: rates the village's commitments except their own. */
@Entity
@Table(name = "evaluation_panel_member")
public class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long evaluationId;

    private Long villageId;

    @Column(name = "representative_id")
    private Long representativeId;

    protected PanelMember() {
    }

    PanelMember(Long evaluationId, Long villageId, Long representativeId) {
        this.evaluationId = evaluationId;
        this.villageId = villageId;
        this.representativeId = representativeId;
    }

    public Long getId() {
        return id;
    }

    public Long getEvaluationId() {
        return evaluationId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public Long getRepresentativeId() {
        return representativeId;
    }
}
