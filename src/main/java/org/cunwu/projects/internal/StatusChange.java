package org.cunwu.projects.internal;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.projects.ProjectStatus;
import org.cunwu.shared.status.StatusEvent;

/** A step of a project's status trail. "New operating projects" are counted from these. */
@Entity
@Table(name = "project_status_change")
public class StatusChange extends StatusEvent<ProjectStatus> {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    protected StatusChange() {
    }

    public StatusChange(Project project, ProjectStatus fromStatus, ProjectStatus toStatus, LocalDate changedOn, String reason, String author, Instant createdAt) {
        super(fromStatus, toStatus, changedOn, reason, author, createdAt);
        this.project = project;
    }
}
