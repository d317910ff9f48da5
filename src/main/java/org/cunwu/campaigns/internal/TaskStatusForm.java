package org.cunwu.campaigns.internal;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * A task's next status from the campaign's page; one such form per task row, so the form carries the task's id and
 * the page shows the errors on the row that was sent. The reason is stored in the task's event log (varchar 500).
 */
class TaskStatusForm {

    private Long taskId;

    private Long version;

    @NotNull(message = "{validation.required}")
    private TaskStatus status;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate changedOn;

    @Size(max = 500, message = "{validation.size.max}")
    private String reason;

    static TaskStatusForm blank(LocalDate today) {
        TaskStatusForm form = new TaskStatusForm();
        form.setChangedOn(today);
        return form;
    }

    public Long getTaskId() { return taskId; }
    void setTaskId(Long taskId) { this.taskId = taskId; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
    public TaskStatus getStatus() { return status; }
    public void setStatus(TaskStatus status) { this.status = status; }
    public LocalDate getChangedOn() { return changedOn; }
    public void setChangedOn(LocalDate changedOn) { this.changedOn = changedOn; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
