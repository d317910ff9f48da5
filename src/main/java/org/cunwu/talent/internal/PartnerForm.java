package org.cunwu.talent.internal;

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

/** A partner project, as typed. */
@EndNotBefore(start = "openFrom", end = "openTo", message = "{partner.openTo.beforeStart}")
class PartnerForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String title;

    @NotNull(message = "{validation.required}")
    private Long villageId;

    @Size(max = 100, message = "{validation.size.max}")
    private String field;

    @Size(max = 2000, message = "{validation.size.max}")
    private String description;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.digits}")
    private BigDecimal investmentWan;

    @NotNull(message = "{validation.required}")
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openFrom;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate openTo;

    private PartnerStatus status = PartnerStatus.OPEN;

    private Long version;

    static PartnerForm of(PartnerProject p) {
        PartnerForm form = new PartnerForm();
        form.title = p.getTitle();
        form.villageId = p.getVillage().getId();
        form.field = p.getField();
        form.description = p.getDescription();
        form.investmentWan = p.getInvestmentWan();
        form.openFrom = p.getOpenFrom();
        form.openTo = p.getOpenTo();
        form.status = p.getStatus();
        form.version = p.getVersion();
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public Long getVillageId() { return villageId; }
    public void setVillageId(Long villageId) { this.villageId = villageId; }
    public String getField() { return field; }
    public void setField(String field) { this.field = field; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public BigDecimal getInvestmentWan() { return investmentWan; }
    public void setInvestmentWan(BigDecimal investmentWan) { this.investmentWan = investmentWan; }
    public LocalDate getOpenFrom() { return openFrom; }
    public void setOpenFrom(LocalDate openFrom) { this.openFrom = openFrom; }
    public LocalDate getOpenTo() { return openTo; }
    public void setOpenTo(LocalDate openTo) { this.openTo = openTo; }
    public PartnerStatus getStatus() { return status; }
    public void setStatus(PartnerStatus status) { this.status = status; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
