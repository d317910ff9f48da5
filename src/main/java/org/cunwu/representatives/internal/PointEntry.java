package org.cunwu.representatives.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A line of a representative's points ledger; an event (source) earns points once, and loses them when corrected. */
@Entity
@Table(name = "point_entry")
public class PointEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "representative_id")
    private Representative representative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "rule_id")
    private PointRule rule;

    private int points;

    private LocalDate entryDate;

    private String reason;

    private String sourceType;

    private Long sourceId;

    private String author;

    private Instant createdAt;

    protected PointEntry() {
    }

    public PointEntry(Representative representative, PointRule rule, LocalDate entryDate, String reason, String sourceType, Long sourceId,
            String author, Instant createdAt) {
        this.representative = representative;
        this.rule = rule;
        this.points = rule.getPoints();
        this.entryDate = entryDate;
        this.reason = reason;
        this.sourceType = sourceType;
        this.sourceId = sourceId;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public PointRule getRule() {
        return rule;
    }

    public int getPoints() {
        return points;
    }

    public LocalDate getEntryDate() {
        return entryDate;
    }

    public String getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }
}
