package org.cunwu.talent.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An application's next step from the partner project's page; one such form per application row, so the form carries
 * the application's id and the page shows the errors on the row that was sent. The reason is the rejection reason.
 */
class ApplicationStatusForm {

    private Long applicationId;

    private Long version;

    @NotNull(message = "{validation.required}")
    private ApplicationStatus status;

    @Size(max = 500, message = "{validation.size.max}")
    private String reason;

    public Long getApplicationId() { return applicationId; }
    void setApplicationId(Long applicationId) { this.applicationId = applicationId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public ApplicationStatus getStatus() { return status; }
    public void setStatus(ApplicationStatus status) { this.status = status; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
