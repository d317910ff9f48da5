package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.cunwu.shared.history.HistoryLabels;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;

/** 群众身边小问题 (or, flagged, a petition 信访): raised, assigned, resolved with a note, or escalated. */
@Entity
@Audited
public class Problem extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    @Enumerated(EnumType.STRING)
    private ProblemSource source;

    // the dictionary's seed rows come from the migration and have no revision
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id")
    private ProblemCategory category;

    private boolean petition;

    private String title;

    private String description;

    private LocalDate reportedOn;

    @Enumerated(EnumType.STRING)
    private ProblemStatus status = ProblemStatus.OPEN;

    private String assignedTo;

    private String resolutionNote;

    private LocalDate resolvedOn;

    private String escalationReason;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reception_id")
    private Reception reception;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "visit_id")
    private HouseholdVisit visit;

    // set once when created from a form; not part of the record's history
    @NotAudited
    private String clientToken;

    protected Problem() {
    }

    public Problem(Village village, Reception reception, HouseholdVisit visit) {
        this.village = village;
        this.reception = reception;
        this.visit = visit;
    }

    public void update(ProblemSource source, ProblemCategory category, boolean petition, String title, String description, LocalDate reportedOn) {
        this.source = source;
        this.category = category;
        this.petition = petition;
        this.title = title;
        this.description = description;
        this.reportedOn = reportedOn;
    }

    public void moveTo(ProblemStatus next, LocalDate on, String text) {
        if (!status.allowedNext().contains(next)) {
            throw new IllegalStateException("problem " + getId() + " cannot go from " + status + " to " + next);
        }
        this.status = next;
        switch (next) {
            case ASSIGNED -> this.assignedTo = text;
            case RESOLVED -> {
                this.resolvedOn = on;
                this.resolutionNote = text;
            }
            case ESCALATED -> this.escalationReason = text;
            case OPEN -> { }
        }
    }

    /** Days from report to resolution; null while unresolved. Derived, never stored. */
    public Long getDaysToResolve() {
        return daysToResolve(reportedOn, resolvedOn);
    }

    /** Days from report to resolution; null while unresolved (for a download that reads the dates alone). */
    static Long daysToResolve(LocalDate reportedOn, LocalDate resolvedOn) {
        return resolvedOn == null ? null : ChronoUnit.DAYS.between(reportedOn, resolvedOn);
    }

    /** Unresolved for more than the given number of days. */
    public boolean isOverdue(LocalDate today, int days) {
        return status != ProblemStatus.RESOLVED && reportedOn.plusDays(days).isBefore(today);
    }

    public Village getVillage() {
        return village;
    }

    public ProblemSource getSource() {
        return source;
    }

    public ProblemCategory getCategory() {
        return category;
    }

    public boolean isPetition() {
        return petition;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getReportedOn() {
        return reportedOn;
    }

    public ProblemStatus getStatus() {
        return status;
    }

    public String getAssignedTo() {
        return assignedTo;
    }

    public String getResolutionNote() {
        return resolutionNote;
    }

    public LocalDate getResolvedOn() {
        return resolvedOn;
    }

    public String getEscalationReason() {
        return escalationReason;
    }

    public Reception getReception() {
        return reception;
    }

    public HouseholdVisit getVisit() {
        return visit;
    }

    public void setClientToken(String clientToken) {
        this.clientToken = clientToken;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("problem.title", title);
        fields.put("problem.source", source == null ? null : "msg:" + source.messageKey());
        fields.put("problem.category", HistoryLabels.of(category, ProblemCategory::getNameZh));
        fields.put("problem.petition", "msg:common." + petition);
        fields.put("problem.reportedOn", reportedOn == null ? null : reportedOn.toString());
        fields.put("problem.status", status == null ? null : "msg:" + status.messageKey());
        fields.put("problem.assignedTo", assignedTo);
        fields.put("problem.resolvedOn", resolvedOn == null ? null : resolvedOn.toString());
        fields.put("problem.resolutionNote", resolutionNote);
        fields.put("problem.escalationReason", escalationReason);
        return fields;
    }
}
