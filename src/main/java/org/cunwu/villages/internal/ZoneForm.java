package org.cunwu.villages.internal;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EventDate;
import org.cunwu.villages.DemonstrationZone;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

/**
 * The demonstration zone form as typed. A JavaBean like {@link VillageForm}: a date typed wrongly is
 * one field error and every other field is still validated.
 */
class ZoneForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @Size(max = 200, message = "{validation.size.max}")
    private String planTitle;

    @EventDate
    @DateTimeFormat(iso = ISO.DATE)
    private LocalDate planApprovedOn;

    private Set<Long> villageIds = new LinkedHashSet<>();

    private Long version;

    static ZoneForm empty() {
        return new ZoneForm();
    }

    static ZoneForm of(DemonstrationZone zone) {
        ZoneForm form = new ZoneForm();
        form.name = zone.getName();
        form.planTitle = zone.getPlanTitle();
        form.planApprovedOn = zone.getPlanApprovedOn();
        zone.getVillages().forEach(v -> form.villageIds.add(v.getId()));
        form.version = zone.getVersion();
        return form;
    }

    Set<Long> chosenVillageIds() {
        return Set.copyOf(villageIds);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public String getPlanTitle() { return planTitle; }
    public void setPlanTitle(String planTitle) { this.planTitle = planTitle; }
    public LocalDate getPlanApprovedOn() { return planApprovedOn; }
    public void setPlanApprovedOn(LocalDate planApprovedOn) { this.planApprovedOn = planApprovedOn; }
    public Set<Long> getVillageIds() { return villageIds; }
    public void setVillageIds(Set<Long> villageIds) { this.villageIds = villageIds == null ? new LinkedHashSet<>() : villageIds; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
