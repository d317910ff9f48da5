package org.cunwu.reports;

import java.time.LocalDate;
import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A part of a district, town or village report that another module contributes (the year's evaluation results), so that
 * the reports module depends on none of the modules above it. Shown on the report's screen page after its tables.
 */
@NamedInterface("api")
public interface ReportSection {

    /** Where on the page, smaller first. */
    int order();

    /** The Thymeleaf template holding the fragment. */
    String template();

    /** The fragment's name (no HTML element name); it reads its data from {@code ${section}}. */
    String fragment();

    /**
     * The data for a report of the district (both ids null), a town or a village over the period, which the user may
     * already see; empty when the section has nothing to show for it.
     */
    Map<String, Object> data(Long townId, Long villageId, LocalDate from, LocalDate to);

    /** What the report page hands to one section's fragment. */
    record View(String template, String fragment, Map<String, Object> data) {
    }
}
