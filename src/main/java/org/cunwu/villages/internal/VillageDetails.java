package org.cunwu.villages.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.cunwu.villages.ConversionStatus;
import org.cunwu.villages.VillageKind;

/**
 * The editable facts of a village, as a service takes them from a form or an import. {@code establishedOn} null on
 * creation: established today; {@code dissolvedOn} null: it still exists.
 */
public record VillageDetails(String name, VillageKind kind, String code, Long townId, Long clusterId,
        Integer population, Integer households, BigDecimal farmlandMu, BigDecimal collectiveIncome,
        boolean rectification, boolean demonstration, ConversionStatus conversionStatus, Set<String> specialties,
        LocalDate establishedOn, LocalDate dissolvedOn) {
}
