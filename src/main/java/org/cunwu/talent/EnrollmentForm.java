package org.cunwu.talent;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A person joining a programme, as typed on the programme's page. */
class EnrollmentForm {

    @NotNull(message = "{validation.required}")
    private Long personId;

    @NotNull(message = "{validation.required}")
    private TrainingMode mode;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate fromDate;

    static EnrollmentForm startingOn(LocalDate day) {
        EnrollmentForm form = new EnrollmentForm();
        form.fromDate = day;
        return form;
    }

    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public TrainingMode getMode() { return mode; }
    public void setMode(TrainingMode mode) { this.mode = mode; }
    public LocalDate getFromDate() { return fromDate; }
    public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
}
