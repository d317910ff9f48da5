package org.cunwu.villages.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.cunwu.shared.validation.EndNotBefore;
import org.cunwu.shared.validation.EventDate;
import org.cunwu.villages.ConversionStatus;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageKind;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The village form as typed; specialties are one line separated by 、 or commas. A JavaBean rather
 * than a record on purpose: with setter binding a number typed as text is one field error and every
 * other field is still validated, so the user sees all problems at once.
 */
@EndNotBefore(start = "establishedOn", end = "dissolvedOn", strict = true,
        message = "{village.dissolvedOn.notAfterEstablished}")
class VillageForm {

    /** Separators between specialties; each one is a row of village_specialty.product, varchar(50). */
    private static final String SEPARATORS = "[、,，;；\\s]";

    /** Every specialty between separators has at most 50 characters. */
    static final String SPECIALTIES_PATTERN = SEPARATORS + "*(?:[^、,，;；\\s]{1,50}(?:" + SEPARATORS + "+|$))*";

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.size.max}")
    private String name;

    @NotNull(message = "{validation.required}")
    private VillageKind kind = VillageKind.VILLAGE;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "\\d{12}", message = "{village.code.pattern}")
    @Size(max = 12, message = "{validation.size.max}")
    private String code;

    private Long townId;

    private Long clusterId;

    @Min(value = 0, message = "{validation.min}")
    private Integer population;

    @Min(value = 0, message = "{validation.min}")
    private Integer households;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 10, fraction = 2, message = "{validation.digits}")
    private BigDecimal farmlandMu;

    @DecimalMin(value = "0", message = "{validation.min}")
    @Digits(integer = 12, fraction = 2, message = "{validation.digits}")
    private BigDecimal collectiveIncome;

    @Size(max = 300, message = "{validation.size.max}")
    @Pattern(regexp = SPECIALTIES_PATTERN, message = "{village.specialties.itemTooLong}")
    private String specialties;

    private boolean rectification;

    private boolean demonstration;

    private ConversionStatus conversionStatus = ConversionStatus.NONE;

    /** Empty on a new village: established today. */
    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate establishedOn;

    @EventDate
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate dissolvedOn;

    private Long version;

    static VillageForm empty(Long townId) {
        VillageForm form = new VillageForm();
        form.townId = townId;
        return form;
    }

    static VillageForm of(Village village) {
        VillageForm form = new VillageForm();
        form.name = village.getName();
        form.kind = village.getKind();
        form.code = village.getCode();
        form.townId = village.getTown().getId();
        form.clusterId = village.getCluster() == null ? null : village.getCluster().getId();
        form.population = village.getPopulation();
        form.households = village.getHouseholds();
        form.farmlandMu = village.getFarmlandMu();
        form.collectiveIncome = village.getCollectiveIncome();
        form.specialties = String.join("、", village.getSpecialties());
        form.rectification = village.isRectification();
        form.demonstration = village.isDemonstration();
        form.conversionStatus = village.getConversionStatus();
        form.establishedOn = village.getEstablishedOn();
        form.dissolvedOn = village.getDissolvedOn();
        form.version = village.getVersion();
        return form;
    }

    VillageDetails details() {
        Set<String> products = specialties == null ? Set.of()
                : Arrays.stream(specialties.split(SEPARATORS + "+")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new VillageDetails(name, kind, code, townId, clusterId, population, households, farmlandMu,
                collectiveIncome, rectification, demonstration, conversionStatus, products, establishedOn, dissolvedOn);
    }

    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public VillageKind getKind() { return kind; }
    public void setKind(VillageKind kind) { this.kind = kind; }
    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public Long getTownId() { return townId; }
    public void setTownId(Long townId) { this.townId = townId; }
    public Long getClusterId() { return clusterId; }
    public void setClusterId(Long clusterId) { this.clusterId = clusterId; }
    public Integer getPopulation() { return population; }
    public void setPopulation(Integer population) { this.population = population; }
    public Integer getHouseholds() { return households; }
    public void setHouseholds(Integer households) { this.households = households; }
    public BigDecimal getFarmlandMu() { return farmlandMu; }
    public void setFarmlandMu(BigDecimal farmlandMu) { this.farmlandMu = farmlandMu; }
    public BigDecimal getCollectiveIncome() { return collectiveIncome; }
    public void setCollectiveIncome(BigDecimal collectiveIncome) { this.collectiveIncome = collectiveIncome; }
    public String getSpecialties() { return specialties; }
    public void setSpecialties(String specialties) { this.specialties = specialties; }
    public boolean isRectification() { return rectification; }
    public void setRectification(boolean rectification) { this.rectification = rectification; }
    public boolean isDemonstration() { return demonstration; }
    public void setDemonstration(boolean demonstration) { this.demonstration = demonstration; }
    public ConversionStatus getConversionStatus() { return conversionStatus; }
    public void setConversionStatus(ConversionStatus conversionStatus) { this.conversionStatus = conversionStatus; }
    public LocalDate getEstablishedOn() { return establishedOn; }
    public void setEstablishedOn(LocalDate establishedOn) { this.establishedOn = establishedOn; }
    public LocalDate getDissolvedOn() { return dissolvedOn; }
    public void setDissolvedOn(LocalDate dissolvedOn) { this.dissolvedOn = dissolvedOn; }
    public Long getVersion() { return version; }
    public void setVersion(Long version) { this.version = version; }
}
