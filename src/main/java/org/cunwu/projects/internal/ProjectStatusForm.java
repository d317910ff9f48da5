package org.cunwu.projects.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.Size;

import org.cunwu.projects.ProjectStatus;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A project's next status from its page, with the version the user saw (limits: project_status_change). */
public class ProjectStatusForm {

    private Long version;

    private ProjectStatus status;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changedOn;

    @Size(max = 500, message = "{validation.size.max}")
    private String reason;

    static ProjectStatusForm of(Project project, LocalDate today) {
        ProjectStatusForm form = new ProjectStatusForm();
        form.setVersion(project.getVersion());
        form.setChangedOn(today);
        return form;
    }

    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public ProjectStatus getStatus() { return status; }
    public void setStatus(ProjectStatus status) { this.status = status; }
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
