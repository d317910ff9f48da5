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
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 任职: a person holding a post in a village from a date, until it ends with a reason. History is kept, never overwritten. */
@Entity
@Audited
@Table(name = "post_held")
public class PostHeld extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "person_id")
    private Person person;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    // the dictionary's seed rows come from the migration and have no revision: history shows the current name
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_type_id")
    private PostType postType;

    private boolean secretary;

    private LocalDate fromDate;

    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;

    private String endNote;

    protected PostHeld() {
    }

    PostHeld(Person person, Village village, PostType postType, LocalDate fromDate) {
        this.person = person;
        this.village = village;
        this.postType = postType;
        this.secretary = postType.isSecretary();
        this.fromDate = fromDate;
    }

    /** Ends the post; a post ends once, on or after the day it began. */
    void end(LocalDate on, EndReason reason, String note) {
        if (!isCurrent()) {
            throw new IllegalStateException("post " + getId() + " has already ended");
        }
        if (on == null || on.isBefore(fromDate)) {
            throw new IllegalArgumentException("a post cannot end before it began");
        }
        this.toDate = on;
        this.endReason = reason;
        this.endNote = note;
    }

    /** District staff's correction of an ended post: another end day, reason and note. */
    void correctEnd(LocalDate on, EndReason reason, String note) {
        if (isCurrent()) {
            throw new IllegalStateException("post " + getId() + " has not ended");
        }
        if (on == null || on.isBefore(fromDate) || reason == null) {
            throw new IllegalArgumentException("a post ends on or after the day it began, for a reason");
        }
        this.toDate = on;
        this.endReason = reason;
        this.endNote = note;
    }

    /** District staff's correction of a post ended by mistake: it is held again. */
    void reopen() {
        if (isCurrent()) {
            throw new IllegalStateException("post " + getId() + " has not ended");
        }
        this.toDate = null;
        this.endReason = null;
        this.endNote = null;
    }

    public boolean isCurrent() {
        return toDate == null;
    }

    public boolean isAdjustment() {
        return endReason == EndReason.NOT_COMPETENT;
    }

    public Person getPerson() {
        return person;
    }

    public Village getVillage() {
        return village;
    }

    public PostType getPostType() {
        return postType;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public LocalDate getToDate() {
        return toDate;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNote() {
        return endNote;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("post.person", HistoryLabels.of(person, Person::getName));
        fields.put("post.village", HistoryLabels.of(village, Village::getName));
        fields.put("post.postType", HistoryLabels.of(postType, PostType::getNameZh));
        fields.put("post.fromDate", fromDate == null ? null : fromDate.toString());
        fields.put("post.toDate", toDate == null ? null : toDate.toString());
        fields.put("post.endReason", endReason == null ? null : "msg:" + endReason.messageKey());
        fields.put("post.endNote", endNote);
        return fields;
    }
}
