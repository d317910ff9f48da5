package org.cunwu.talent.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PhoneMask;

/** An entrepreneur's application to a partner project; its status moves only along allowed steps. */
@Entity
@Audited
@Table(name = "partner_application")
public class PartnerApplication extends VersionedEntity implements Historied {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private PartnerProject project;

    private String applicant;

    private String organisation;

    private String phone;

    private LocalDate submittedOn;

    private String proposal;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.SUBMITTED;

    private String rejectionReason;

    protected PartnerApplication() {
    }

    PartnerApplication(PartnerProject project, String applicant, String organisation, String phone, LocalDate submittedOn,
            String proposal) {
        this.project = project;
        this.applicant = applicant;
        this.organisation = organisation;
        this.phone = phone;
        this.submittedOn = submittedOn;
        this.proposal = proposal;
    }

    /** One allowed step (submitted → shortlisted → accepted, or rejected with a reason); anything else is refused. */
    void moveTo(ApplicationStatus next, String reason) {
        if (next == null || !status.allowedNext().contains(next)) {
            throw new InvalidFieldException("status", status.isFinal() ? "application.status.final" : "application.status.notAllowed");
        }
        if (next == ApplicationStatus.REJECTED && (reason == null || reason.isBlank())) {
            throw new InvalidFieldException("reason", "application.reasonRequired");
        }
        this.status = next;
        this.rejectionReason = next == ApplicationStatus.REJECTED ? reason.trim() : null;
    }

    public String getMaskedPhone() {
        return PhoneMask.mask(phone);
    }

    public PartnerProject getProject() {
        return project;
    }

    public String getApplicant() {
        return applicant;
    }

    public String getOrganisation() {
        return organisation;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getSubmittedOn() {
        return submittedOn;
    }

    public String getProposal() {
        return proposal;
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    /** The phone is left out: the history is read by more people than may see it unmasked. */
    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("application.applicant", applicant);
        fields.put("application.organisation", organisation);
        fields.put("application.submittedOn", submittedOn == null ? null : submittedOn.toString());
        fields.put("application.status", status == null ? null : "msg:" + status.messageKey());
        fields.put("application.rejectionReason", rejectionReason);
        return fields;
    }

    @Override
    public String historySubject() {
        return applicant;
    }
}
