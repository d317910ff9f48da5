package org.cunwu.projects.internal;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;

import org.cunwu.projects.ProjectStatus;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * One status a project had, from the day it went into it until the next change (excluded; null while it lasts): a row
 * of the view {@code report_project_status} (V20) that the reports count by, read here so that the project list selects
 * exactly the projects a report counted as operating in its period. Only used in list filters, never loaded.
 */
@Entity
@Immutable
@Subselect("select project_id, seq, status, from_date, to_date from report_project_status")
@Synchronize({ "project", "project_status_change" })
@IdClass(ProjectStatusPeriod.Key.class)
class ProjectStatusPeriod {

    @Id
    @Column(name = "project_id")
    private Long projectId;

    @Id
    private Long seq;

    @Enumerated(EnumType.STRING)
    private ProjectStatus status;

    private LocalDate fromDate;

    private LocalDate toDate;

    protected ProjectStatusPeriod() {
    }

    /** A row's identity: the project and the status's place in its history. */
    static class Key implements Serializable {

        private Long projectId;
        private Long seq;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(projectId, key.projectId) && Objects.equals(seq, key.seq);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, seq);
        }
    }
}
