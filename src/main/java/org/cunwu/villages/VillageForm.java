package org.cunwu.villages;

import java.math.BigDecimal;
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

/** The village form as typed; specialties are one line separated by 、 or commas. */
record VillageForm(
        @NotBlank(message = "{validation.required}") @Size(max = 100, message = "{validation.size.max}") String name,
        @NotNull(message = "{validation.required}") VillageKind kind,
        @NotBlank(message = "{validation.required}") @Pattern(regexp = "\\d{12}", message = "{village.code.pattern}") String code,
        Long townId,
        Long clusterId,
        @Min(value = 0, message = "{validation.min}") Integer population,
        @Min(value = 0, message = "{validation.min}") Integer households,
        @DecimalMin(value = "0", message = "{validation.min}") @Digits(integer = 10, fraction = 2, message = "{validation.digits}") BigDecimal farmlandMu,
        @Digits(integer = 12, fraction = 2, message = "{validation.digits}") BigDecimal collectiveIncome,
        @Size(max = 300, message = "{validation.size.max}") String specialties,
        Boolean rectification,
        Boolean demonstration,
        ConversionStatus conversionStatus,
        Long version) {

    static VillageForm empty(Long townId) {
        return new VillageForm(null, VillageKind.VILLAGE, null, townId, null, null, null, null, null, null, false, false,
                ConversionStatus.NONE, null);
    }

    static VillageForm of(Village village) {
        return new VillageForm(village.getName(), village.getKind(), village.getCode(), village.getTown().getId(),
                village.getCluster() == null ? null : village.getCluster().getId(), village.getPopulation(),
                village.getHouseholds(), village.getFarmlandMu(), village.getCollectiveIncome(),
                String.join("、", village.getSpecialties()), village.isRectification(), village.isDemonstration(),
                village.getConversionStatus(), village.getVersion());
    }

    VillageDetails details() {
        Set<String> products = specialties == null ? Set.of()
                : Arrays.stream(specialties.split("[、,，;；\\s]+")).map(String::trim).filter(s -> !s.isEmpty())
                        .collect(Collectors.toCollection(LinkedHashSet::new));
        return new VillageDetails(name, kind, code, townId, clusterId, population, households, farmlandMu,
                collectiveIncome, Boolean.TRUE.equals(rectification), Boolean.TRUE.equals(demonstration), conversionStatus, products);
    }
}
