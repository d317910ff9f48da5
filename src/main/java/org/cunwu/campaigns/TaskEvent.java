package org.cunwu.campaigns;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** Who moved a task to which status, when, and why. */
@Entity
@Table(name = "campaign_task_event")
public class TaskEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "task_id")
    private Task task;

    @Enumerated(EnumType.STRING)
    private TaskStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private TaskStatus toStatus;

    private LocalDate changedOn;

    private String reason;

    private String author;

    private Instant createdAt;

    protected TaskEvent() {
    }

    TaskEvent(Task task, TaskStatus fromStatus, TaskStatus toStatus, LocalDate changedOn, String reason, String author,
            Instant createdAt) {
        this.task = task;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedOn = changedOn;
        this.reason = reason;
        this.author = author;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Task getTask() {
        return task;
    }

    public TaskStatus getFromStatus() {
        return fromStatus;
    }

    public TaskStatus getToStatus() {
        return toStatus;
    }

    public LocalDate getChangedOn() {
        return changedOn;
    }

    public String getReason() {
        return reason;
    }

    public String getAuthor() {
        return author;
    }
}
