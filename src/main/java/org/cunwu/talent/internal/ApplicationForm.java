package org.cunwu.talent.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.PhoneMask;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An entrepreneur's application to a partner project, as typed on the project's page. */
class ApplicationForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String applicant;

    @Size(max = 200, message = "{validation.size.max}")
    private String organisation;

    @Pattern(regexp = PhoneMask.PATTERN, message = "{talent.phone.pattern}")
    @Size(max = 20, message = "{validation.size.max}")
    private String phone;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate submittedOn;

    @Size(max = 2000, message = "{validation.size.max}")
    private String proposal;

    static ApplicationForm submittedOn(LocalDate day) {
        ApplicationForm form = new ApplicationForm();
        form.submittedOn = day;
        return form;
    }

    public String getApplicant() { return applicant; }
    public void setApplicant(String applicant) { this.applicant = applicant; }
    public String getOrganisation() { return organisation; }
    public void setOrganisation(String organisation) { this.organisation = organisation; }
    public String getPhone() { return phone; }
    public void setPhone(String phone) { this.phone = phone; }
    public LocalDate getSubmittedOn() { return submittedOn; }
    public void setSubmittedOn(LocalDate submittedOn) { this.submittedOn = submittedOn; }
    public String getProposal() { return proposal; }
    public void setProposal(String proposal) { this.proposal = proposal; }
}
