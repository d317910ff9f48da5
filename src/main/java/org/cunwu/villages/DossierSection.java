package org.cunwu.villages;

import java.util.Map;

/**
 * A part of the village dossier (一村一档) that another module contributes: its cadres, projects,
 * representatives. The villages module shows the sections without depending on the modules that
 * provide them (they depend on villages, not the other way round).
 */
public interface DossierSection {

    /** Where on the page, smaller first. */
    int order();

    /** The Thymeleaf template holding the section's fragment, e.g. {@code cadres/dossier}. */
    String template();

    /**
     * The fragment's name in that template; it reads its data from {@code ${section}}. Pick a name that is
     * no HTML element: Thymeleaf's selector would also match every element of that name.
     */
    default String fragment() {
        return "section";
    }

    /** The data the fragment shows, for a village the user may already see. */
    Map<String, Object> data(Village village);

    /** What the dossier page hands to one section's fragment. */
    record View(String template, String fragment, Map<String, Object> data) {
    }
}
