package org.cunwu.campaigns.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.status.StatusEvent;

/** A step of a task's status trail. */
@Entity
@Table(name = "campaign_task_event")
public class TaskEvent extends StatusEvent<TaskStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    protected TaskEvent() {
    }

    public TaskEvent(Task task, TaskStatus fromStatus, TaskStatus toStatus, LocalDate changedOn, String reason, String author, Instant createdAt) {
        super(fromStatus, toStatus, changedOn, reason, author, createdAt);
        this.task = task;
    }

    public Task getTask() {
        return task;
    }
}
