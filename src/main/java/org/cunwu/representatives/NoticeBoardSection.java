package org.cunwu.representatives;

import java.util.Map;

import org.cunwu.villages.Village;

/**
 * A part of a village's printed notice board (公示栏) that another module contributes (the year's published evaluation
 * results), so that this module depends on none of the modules that build on it.
 */
public interface NoticeBoardSection {

    int order();

    String template();

    /** The fragment's name (no HTML element name); it reads its data from {@code ${section}}. */
    String fragment();

    /** The data for a village the user may see; empty when there is nothing to post. */
    Map<String, Object> data(Village village);

    /** What the notice board hands to one section's fragment. */
    record View(String template, String fragment, Map<String, Object> data) {
    }
}
