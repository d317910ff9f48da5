package org.cunwu.talent.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A cadre or a returned talent joining a programme, as chosen on the programme's page: {@code enrollee} is
 * {@code person-<id>} or {@code talent-<id>} (a form that names only {@code personId} enrolls that cadre).
 */
class EnrollmentForm {

    static final String PERSON = "person-";
    static final String TALENT = "talent-";

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "(person|talent)-\\d{1,18}", message = "{enrollment.person.invalid}")
    @Size(max = 30, message = "{enrollment.person.invalid}")
    private String enrollee;

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

    /** The cadre chosen, or null. */
    Long personId() {
        return enrollee != null && enrollee.startsWith(PERSON) ? Long.valueOf(enrollee.substring(PERSON.length())) : null;
    }

    /** The returned talent chosen, or null. */
    Long talentId() {
        return enrollee != null && enrollee.startsWith(TALENT) ? Long.valueOf(enrollee.substring(TALENT.length())) : null;
    }

    public String getEnrollee() { return enrollee; }
    public void setEnrollee(String enrollee) { this.enrollee = enrollee; }
    public void setPersonId(Long personId) { this.enrollee = personId == null ? null : PERSON + personId; }
    public TrainingMode getMode() { return mode; }
    public void setMode(TrainingMode mode) { this.mode = mode; }
    public LocalDate getFromDate() { return fromDate; }
    public void setFromDate(LocalDate fromDate) { this.fromDate = fromDate; }
}
