package org.cunwu.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** The editable facts of a project, from a form or the demo data. */
public record ProjectDetails(String name, Long categoryId, Long leadVillageId, CooperationModel cooperationModel,
        BigDecimal investmentWan, BigDecimal landMu, BigDecimal incomePerVillage, boolean operating, LocalDate startedOn,
        LocalDate finishedOn, boolean keySupervised, Long zoneId, String description) {
}
