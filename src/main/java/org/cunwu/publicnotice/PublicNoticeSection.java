package org.cunwu.publicnotice;

import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A part of a village's public notice page, contributed by the module that owns its records (representatives and their
 * commitments, the quarter's figures, the year's published evaluation). Anyone can read the page without signing in:
 * a section hands over only what is meant for the notice board — no phone numbers, no residents' names from problems
 * or visits, no internal notes — as plain values (no entities), because its data is kept in a cache for a short while.
 */
@NamedInterface("api")
public interface PublicNoticeSection {

    /** Where on the page, smaller first. */
    int order();

    /** The Thymeleaf template holding the section's fragment, e.g. {@code representatives/public}. */
    String template();

    /** The fragment's name in that template; it reads its data from {@code ${section}}. */
    default String fragment() {
        return "publicSection";
    }

    /** The section's data for the village, or an empty map to leave the section out (nothing published yet). */
    Map<String, Object> data(PublicVillage village);

    /** What the page hands to one section's fragment. */
    record View(String template, String fragment, Map<String, Object> data) {
    }
}
