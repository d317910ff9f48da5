package org.cunwu.cadres.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** 离任更正: district staff changed or reopened an ended post; who, when, why and what it was before. Written once, never changed. */
@Entity
@Table(name = "post_correction")
public class PostCorrection {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "post_id")
    private PostHeld post;

    private Instant correctedAt;

    private String correctedBy;

    private String reason;

    private boolean reopened;

    private LocalDate previousToDate;

    @Enumerated(EnumType.STRING)
    private EndReason previousEndReason;

    private String previousEndNote;

    private LocalDate toDate;

    @Enumerated(EnumType.STRING)
    private EndReason endReason;

    private String endNote;

    protected PostCorrection() {
    }

    /** Taken before the post changes, completed with the new values by {@link #after(PostHeld)}. */
    PostCorrection(PostHeld post, Instant at, String by, String reason) {
        this.post = post;
        this.correctedAt = at;
        this.correctedBy = by;
        this.reason = reason;
        this.previousToDate = post.getToDate();
        this.previousEndReason = post.getEndReason();
        this.previousEndNote = post.getEndNote();
    }

    PostCorrection after(PostHeld post) {
        this.reopened = post.isCurrent();
        this.toDate = post.getToDate();
        this.endReason = post.getEndReason();
        this.endNote = post.getEndNote();
        return this;
    }

    public Long getId() { return id; }
    public PostHeld getPost() { return post; }
    public Instant getCorrectedAt() { return correctedAt; }
    public String getCorrectedBy() { return correctedBy; }
    public String getReason() { return reason; }
    public boolean isReopened() { return reopened; }
    public LocalDate getPreviousToDate() { return previousToDate; }
    public EndReason getPreviousEndReason() { return previousEndReason; }
    public String getPreviousEndNote() { return previousEndNote; }
    public LocalDate getToDate() { return toDate; }
    public EndReason getEndReason() { return endReason; }
    public String getEndNote() { return endNote; }
}
