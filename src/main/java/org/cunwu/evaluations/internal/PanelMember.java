package org.cunwu.evaluations.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.representatives.Representative;

/** A representative on the village's panel for an evaluation: rates the village's commitments except their own. */
@Entity
@Table(name = "evaluation_panel_member")
public class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long evaluationId;

    private Long villageId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id")
    private Representative representative;

    protected PanelMember() {
    }

    PanelMember(Long evaluationId, Long villageId, Representative representative) {
        this.evaluationId = evaluationId;
        this.villageId = villageId;
        this.representative = representative;
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

    public Representative getRepresentative() {
        return representative;
    }
}
