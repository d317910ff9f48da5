package org.cunwu.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EndNotBefore;
import org.cunwu.shared.validation.EventDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The project form as typed (a JavaBean: a mistyped amount is one field error and the rest is still checked). */
@EndNotBefore(start = "startedOn", end = "finishedOn", message = "{project.finishedOn.beforeStart}")
class ProjectForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private Long categoryId;

    @NotNull(message = "{validation.required}")
    private Long leadVillageId;

    @NotNull(message = "{validation.required}")
    private CooperationModel cooperationModel = CooperationModel.CLUSTER;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.digits}")
    private BigDecimal investmentWan;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 10, fraction = 2, message = "{validation.digits}")
    private BigDecimal landMu;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.digits}")
    private BigDecimal incomePerVillage;

    private boolean operating;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startedOn;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate finishedOn;

    private boolean keySupervised;

    private Long zoneId;

    @Size(max = 2000, message = "{validation.size.max}")
    private String description;

    private Long version;

    static ProjectForm of(Project p) {
        ProjectForm form = new ProjectForm();
        form.name = p.getName();
        form.categoryId = p.getCategory().getId();
        form.leadVillageId = p.getLeadVillage().getId();
        form.cooperationModel = p.getCooperationModel();
        form.investmentWan = p.getInvestmentWan();
        form.landMu = p.getLandMu();
        form.incomePerVillage = p.getIncomePerVillage();
        form.operating = p.isOperating();
        form.startedOn = p.getStartedOn();
        form.finishedOn = p.getFinishedOn();
        form.keySupervised = p.isKeySupervised();
        form.zoneId = p.getZone() == null ? null : p.getZone().getId();
        form.description = p.getDescription();
        form.version = p.getVersion();
        return form;
    }

    ProjectDetails details() {
        return new ProjectDetails(name, categoryId, leadVillageId, cooperationModel, investmentWan, landMu, incomePerVillage,
                operating, startedOn, finishedOn, keySupervised, zoneId, description);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Long getCategoryId() { return categoryId; }
    public void setCategoryId(Long categoryId) { this.categoryId = categoryId; }
    public Long getLeadVillageId() { return leadVillageId; }
    public void setLeadVillageId(Long leadVillageId) { this.leadVillageId = leadVillageId; }
    public CooperationModel getCooperationModel() { return cooperationModel; }
    public void setCooperationModel(CooperationModel cooperationModel) { this.cooperationModel = cooperationModel; }
    public BigDecimal getInvestmentWan() { return investmentWan; }
    public void setInvestmentWan(BigDecimal investmentWan) { this.investmentWan = investmentWan; }
    public BigDecimal getLandMu() { return landMu; }
    public void setLandMu(BigDecimal landMu) { this.landMu = landMu; }
    public BigDecimal getIncomePerVillage() { return incomePerVillage; }
    public void setIncomePerVillage(BigDecimal incomePerVillage) { this.incomePerVillage = incomePerVillage; }
    public boolean isOperating() { return operating; }
    public void setOperating(boolean operating) { this.operating = operating; }
    public LocalDate getStartedOn() { return startedOn; }
    public void setStartedOn(LocalDate startedOn) { this.startedOn = startedOn; }
    public LocalDate getFinishedOn() { return finishedOn; }
    public void setFinishedOn(LocalDate finishedOn) { this.finishedOn = finishedOn; }
    public boolean isKeySupervised() { return keySupervised; }
    public void setKeySupervised(boolean keySupervised) { this.keySupervised = keySupervised; }
    public Long getZoneId() { return zoneId; }
    public void setZoneId(Long zoneId) { this.zoneId = zoneId; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
