package org.cunwu.evaluations.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Column;
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
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** One rater's grade of a commitment. A rater has one vote per commitment; correcting it before the close keeps its history. */
@Entity
@Table(name = "evaluation_vote")
@Audited
public class Vote extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "item_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private EvaluationItem item;

    @Enumerated(EnumType.STRING)
    private Rater rater;

    /** The representative on the panel who cast it; none for the town's and the secretary's votes. */
    @Column(name = "panel_member_id")
    private Long panelMemberId;

    @Enumerated(EnumType.STRING)
    private Grade grade;

    private String comment;

    private String castBy;

    private Instant castAt;

    @NotAudited
    private String clientToken;

    protected Vote() {
    }

    Vote(EvaluationItem item, Rater rater, Long panelMemberId, Grade grade, String comment, String castBy, Instant castAt,
            String clientToken) {
        this.item = item;
        this.rater = rater;
        this.panelMemberId = panelMemberId;
        this.grade = grade;
        this.comment = comment;
        this.castBy = castBy;
        this.castAt = castAt;
        this.clientToken = clientToken;
    }

    /** A corrected grade (before the close); answers whether anything changed. */
    boolean correct(Grade grade, String comment, String by, Instant at) {
        if (this.grade == grade && Objects.equals(this.comment, comment)) {
            return false;
        }
        this.grade = grade;
        this.comment = comment;
        this.castBy = by;
        this.castAt = at;
        return true;
    }

    String getClientToken() {
        return clientToken;
    }

    public EvaluationItem getItem() {
        return item;
    }

    public Rater getRater() {
        return rater;
    }

    public Long getPanelMemberId() {
        return panelMemberId;
    }

    public Grade getGrade() {
        return grade;
    }

    public String getComment() {
        return comment;
    }

    public String getCastBy() {
        return castBy;
    }

    public Instant getCastAt() {
        return castAt;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evaluation.vote.grade", grade == null ? null : "msg:" + grade.messageKey());
        fields.put("evaluation.vote.comment", comment);
        fields.put("evaluation.vote.castBy", castBy);
        return fields;
    }
}
