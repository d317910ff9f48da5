package org.cunwu.ledgers.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;

import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.history.Historied;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/** A village's quarterly work ledger; its state changes only through the steps below, each checked here. */
@Entity
@Audited
public class Ledger implements Historied {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    private int year;

    private int quarter;

    @Enumerated(EnumType.STRING)
    private LedgerState state = LedgerState.DRAFT;

    private String summary;

    private String plan;

    private boolean declared;

    private Instant firstSubmittedAt;

    private Instant submittedAt;

    private String submittedBy;

    private Instant reviewedAt;

    private String reviewedBy;

    private String reviewComment;

    private String returnReason;

    @Version
    private Long version;

    protected Ledger() {
    }

    void write(String summary, String plan, boolean declared) {
        requireOpen();
        this.summary = summary;
        this.plan = plan;
        this.declared = declared;
    }

    void submit(Instant at, String by) {
        requireOpen();
        if (!declared) {
            throw new InvalidFieldException("declared", "ledger.declared.required");
        }
        if (summary == null || summary.isBlank()) {
            throw new InvalidFieldException("summary", "ledger.summary.required");
        }
        state = LedgerState.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
        if (firstSubmittedAt == null) {
            firstSubmittedAt = at;
        }
        returnReason = null;
    }

    void review(Instant at, String by, String comment) {
        requireSubmitted();
        state = LedgerState.REVIEWED;
        reviewedAt = at;
        reviewedBy = by;
        reviewComment = comment;
    }

    void giveBack(Instant at, String by, String reason) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new InvalidFieldException("text", "ledger.return.reasonRequired");
        }
        state = LedgerState.RETURNED;
        reviewedAt = at;
        reviewedBy = by;
        returnReason = reason;
        declared = false; // the village declares its records complete again when it resubmits
    }

    private void requireOpen() {
        if (!state.open()) {
            throw new InvalidFieldException(null, "ledger.notOpen");
        }
    }

    private void requireSubmitted() {
        if (state != LedgerState.SUBMITTED) {
            throw new InvalidFieldException(null, "ledger.notSubmitted");
        }
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ledger.state", "msg:" + state.messageKey());
        fields.put("ledger.summary", summary);
        fields.put("ledger.plan", plan);
        fields.put("ledger.declared", declared ? "msg:common.yes" : "msg:common.no");
        fields.put("ledger.reviewComment", reviewComment);
        fields.put("ledger.returnReason", returnReason);
        return fields;
    }

    public Long getId() { return id; }
    public Village getVillage() { return village; }
    public int getYear() { return year; }
    public int getQuarter() { return quarter; }
    public LedgerState getState() { return state; }
    public String getSummary() { return summary; }
    public String getPlan() { return plan; }
    public boolean isDeclared() { return declared; }
    public Instant getFirstSubmittedAt() { return firstSubmittedAt; }
    public Instant getSubmittedAt() { return submittedAt; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getReviewedAt() { return reviewedAt; }
    public String getReviewedBy() { return reviewedBy; }
    public String getReviewComment() { return reviewComment; }
    public String getReturnReason() { return returnReason; }
    public Long getVersion() { return version; }
}
