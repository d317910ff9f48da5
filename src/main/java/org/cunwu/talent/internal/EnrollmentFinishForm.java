package org.cunwu.talent.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Finishing an enrollment from the programme's page; one such form per open enrollment, so the form carries the
 * enrollment's id and the page shows the errors on the row that was sent.
 */
class EnrollmentFinishForm {

    private Long enrollmentId;

    @NotNull(message = "{enrollment.toDate.invalid}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate toDate;

    @Size(max = 1000, message = "{validation.size.max}")
    private String outcome;

    static EnrollmentFinishForm blank(LocalDate today) {
        EnrollmentFinishForm form = new EnrollmentFinishForm();
        form.setToDate(today);
        return form;
    }

    public Long getEnrollmentId() { return enrollmentId; }
    void setEnrollmentId(Long enrollmentId) { this.enrollmentId = enrollmentId; }
    public LocalDate getToDate() { return toDate; }
    public void setToDate(LocalDate toDate) { this.toDate = toDate; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String outcome) { this.outcome = outcome; }
}
