package org.cunwu.campaigns.internal;

import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The campaign form (a JavaBean, so that every field error shows at once). */
class CampaignForm {

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    @Min(value = 2000, message = "{campaign.year.invalid}")
    @Max(value = 2100, message = "{campaign.year.invalid}")
    private Integer year;

    @Size(max = 2000, message = "{validation.size.max}")
    private String description;

    private Set<Long> villageIds = new LinkedHashSet<>();

    private Set<ResultMeasure> measures = new LinkedHashSet<>();

    private Long version;

    static CampaignForm of(Campaign c) {
        CampaignForm form = new CampaignForm();
        form.name = c.getName();
        form.year = c.getYear();
        form.description = c.getDescription();
        c.getVillages().forEach(v -> form.villageIds.add(v.getId()));
        form.measures.addAll(c.getMeasures());
        form.version = c.getVersion();
        return form;
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public Set<Long> getVillageIds() { return villageIds; }
    public void setVillageIds(Set<Long> villageIds) { this.villageIds = villageIds == null ? new LinkedHashSet<>() : villageIds; }
    public Set<ResultMeasure> getMeasures() { return measures; }
    public void setMeasures(Set<ResultMeasure> measures) { this.measures = measures == null ? new LinkedHashSet<>() : measures; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
