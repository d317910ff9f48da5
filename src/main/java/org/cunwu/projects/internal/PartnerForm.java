package org.cunwu.projects.internal;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A partner village joining a project (limits: project_partner). */
public class PartnerForm {

    @NotNull(message = "{validation.required}")
    private Long villageId;

    private PartnerRole role = PartnerRole.OTHER;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 10, fraction = 2, message = "{validation.digits}")
    private BigDecimal landMu;

    @Size(max = 300, message = "{validation.size.max}")
    private String note;

    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public PartnerRole getRole() { return role; }
    public void setRole(PartnerRole role) { this.role = role; }
    public BigDecimal getLandMu() { return landMu; }
    public void setLandMu(BigDecimal landMu) { this.landMu = landMu; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
}
