package org.cunwu.evaluations.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A year's commitment evaluation (述诺评诺). It is open for rating until its closing day has passed or the district
 * closes it; once closed, its grades are frozen (the database refuses a later vote) and its results are published.
 */
@Entity
@Audited
public class Evaluation extends VersionedEntity implements Historied {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private int year;

    private String title;

    private LocalDate closesOn;

    @Enumerated(EnumType.STRING)
    private GradeRule gradeRule;

    private int thresholdPercent;

    private LocalDate openedOn;

    private String openedBy;

    private Instant closedAt;

    private String closedBy;

    @NotAudited
    private String clientToken;

    protected Evaluation() {
    }

    Evaluation(int year, String title, LocalDate closesOn, GradeRule gradeRule, int thresholdPercent, LocalDate openedOn, String openedBy,
            String clientToken) {
        this.year = year;
        this.title = title;
        this.closesOn = closesOn;
        this.gradeRule = gradeRule;
        this.thresholdPercent = thresholdPercent;
        this.openedOn = openedOn;
        this.openedBy = openedBy;
        this.clientToken = clientToken;
    }

    /** Closed by the district, or its closing day has passed. */
    public boolean isClosed(LocalDate today) {
        return closedAt != null || today.isAfter(closesOn);
    }

    void close(Instant at, String by) {
        if (closedAt != null) {
            throw new IllegalStateException("evaluation " + getId() + " is closed already");
        }
        this.closedAt = at;
        this.closedBy = by;
    }

    /** Whether a representative with {@code failed} of {@code total} commitments graded 不合格 needs a warning talk (inclusive). */
    public boolean escalates(long failed, long total) {
        return total > 0 && failed * 100 >= (long) thresholdPercent * total;
    }

    /** The day the results were published: the explicit close, or the day after the closing day. */
    public LocalDate closedOn() {
        return closedAt != null ? LocalDate.ofInstant(closedAt, CHINA) : closesOn;
    }

    public int getYear() {
        return year;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public GradeRule getGradeRule() {
        return gradeRule;
    }

    public int getThresholdPercent() {
        return thresholdPercent;
    }

    public LocalDate getOpenedOn() {
        return openedOn;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getClosedBy() {
        return closedBy;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("evaluation.year", String.valueOf(year));
        fields.put("evaluation.title", title);
        fields.put("evaluation.closesOn", closesOn == null ? null : closesOn.toString());
        fields.put("evaluation.gradeRule", gradeRule == null ? null : "msg:" + gradeRule.messageKey());
        fields.put("evaluation.thresholdPercent", thresholdPercent + " %");
        fields.put("evaluation.closedAt", closedAt == null ? null : LocalDate.ofInstant(closedAt, CHINA).toString());
        fields.put("evaluation.closedBy", closedBy);
        return fields;
    }
}
