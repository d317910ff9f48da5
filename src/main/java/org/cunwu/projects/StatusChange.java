package org.cunwu.projects;

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

/** Who moved a project to which status, on which day, and why. "New operating projects" are counted from these. */
@Entity
@Table(name = "project_status_change")
public class StatusChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @Enumerated(EnumType.STRING)
    private ProjectStatus fromStatus;

    @Enumerated(EnumType.STRING)
    private ProjectStatus toStatus;

    private LocalDate changedOn;

    private String reason;

    private String author;

    private Instant createdAt;

    protected StatusChange() {
    }

    StatusChange(Project project, ProjectStatus fromStatus, ProjectStatus toStatus, LocalDate changedOn, String reason,
            String author, Instant createdAt) {
        this.project = project;
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

    public ProjectStatus getFromStatus() {
        return fromStatus;
    }

    public ProjectStatus getToStatus() {
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

    public Instant getCreatedAt() {
        return createdAt;
    }
}
