package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** 公开承诺事项: what a representative or a cadre promised the villagers, by when, and how it ended. */
@Entity
@Audited
public class Commitment extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "representative_id")
    private Representative representative;

    private String pledgedBy;

    private String content;

    @Enumerated(EnumType.STRING)
    private CommitmentCategory category;

    private LocalDate pledgedOn;

    private LocalDate promisedBy;

    @Enumerated(EnumType.STRING)
    private CommitmentStatus status = CommitmentStatus.PLEDGED;

    private boolean publicNotice = true;

    private LocalDate fulfilledOn;

    private String fulfilmentNote;

    private String withdrawnReason;

    // set once when created from a form; not part of the record's history
    @NotAudited
    private String clientToken;

    protected Commitment() {
    }

    public Commitment(Village village, String pledgedBy, String content, CommitmentCategory category, LocalDate pledgedOn,
            LocalDate promisedBy) {
        this.village = village;
        this.pledgedBy = pledgedBy;
        this.content = content;
        this.category = category;
        this.pledgedOn = pledgedOn;
        this.promisedBy = promisedBy;
    }

    public void update(Representative representative, String pledgedBy, String content, CommitmentCategory category, LocalDate pledgedOn,
            LocalDate promisedBy, boolean publicNotice) {
        this.representative = representative;
        this.pledgedBy = pledgedBy;
        this.content = content;
        this.category = category;
        this.pledgedOn = pledgedOn;
        this.promisedBy = promisedBy;
        this.publicNotice = publicNotice;
    }

    /** Moves along an allowed step: fulfilled carries its day and note, withdrawn its reason. */
    public void moveTo(CommitmentStatus next, LocalDate on, String text) {
        if (!status.allowedNext().contains(next)) {
            throw new IllegalStateException("commitment " + getId() + " cannot go from " + status + " to " + next);
        }
        this.status = next;
        if (next == CommitmentStatus.FULFILLED) {
            this.fulfilledOn = on;
            this.fulfilmentNote = text;
        } else if (next == CommitmentStatus.WITHDRAWN) {
            this.withdrawnReason = text;
        }
    }

    /** Past its promised date and still open. */
    public boolean isOverdue(LocalDate today) {
        return status.isOpen() && promisedBy.isBefore(today);
    }

    public Village getVillage() {
        return village;
    }

    public Representative getRepresentative() {
        return representative;
    }

    public String getPledgedBy() {
        return pledgedBy;
    }

    public String getContent() {
        return content;
    }

    public CommitmentCategory getCategory() {
        return category;
    }

    public LocalDate getPledgedOn() {
        return pledgedOn;
    }

    public LocalDate getPromisedBy() {
        return promisedBy;
    }

    public CommitmentStatus getStatus() {
        return status;
    }

    public boolean isPublicNotice() {
        return publicNotice;
    }

    public LocalDate getFulfilledOn() {
        return fulfilledOn;
    }

    public String getFulfilmentNote() {
        return fulfilmentNote;
    }

    public String getWithdrawnReason() {
        return withdrawnReason;
    }

    public void setClientToken(String clientToken) {
        this.clientToken = clientToken;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("commitment.pledgedBy", pledgedBy);
        fields.put("commitment.content", content);
        fields.put("commitment.category", category == null ? null : "msg:" + category.messageKey());
        fields.put("commitment.pledgedOn", pledgedOn == null ? null : pledgedOn.toString());
        fields.put("commitment.promisedBy", promisedBy == null ? null : promisedBy.toString());
        fields.put("commitment.status", status == null ? null : "msg:" + status.messageKey());
        fields.put("commitment.publicNotice", "msg:common." + publicNotice);
        fields.put("commitment.fulfilledOn", fulfilledOn == null ? null : fulfilledOn.toString());
        fields.put("commitment.fulfilmentNote", fulfilmentNote);
        fields.put("commitment.withdrawnReason", withdrawnReason);
        return fields;
    }
}
