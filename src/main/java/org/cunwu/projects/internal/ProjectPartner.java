package org.cunwu.projects.internal;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.villages.Village;
import org.hibernate.envers.Audited;

/** A partner village (or community) of a project, with its role and the land it put in. */
@Entity
@Audited
@Table(name = "project_partner")
public class ProjectPartner extends VersionedEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "village_id")
    private Village village;

    @Enumerated(EnumType.STRING)
    private PartnerRole role;

    @Column(name = "land_mu")
    private BigDecimal landMu;

    private String note;

    protected ProjectPartner() {
    }

    ProjectPartner(Project project, Village village, PartnerRole role, BigDecimal landMu, String note) {
        this.project = project;
        this.village = village;
        this.role = role;
        this.landMu = landMu;
        this.note = note;
    }

    public Project getProject() {
        return project;
    }

    public Village getVillage() {
        return village;
    }

    public PartnerRole getRole() {
        return role;
    }

    public BigDecimal getLandMu() {
        return landMu;
    }

    public String getNote() {
        return note;
    }
}
