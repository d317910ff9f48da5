package org.cunwu.villages;

import java.util.Map;

import org.springframework.modulith.NamedInterface;

/**
 * A part of the home page that another module contributes for the signed-in user (a secretary's open
 * problems and quick forms), so that the villages module, which owns the home page, depends on none of them.
 */
@NamedInterface(name = "api", propagate = false)
public interface HomeSection {

    int order();

    String template();

    /** The fragment's name (no HTML element name); it reads its data from {@code ${section}}. */
    String fragment();

    /** The data for the signed-in user, or empty when the section has nothing for them. */
    Map<String, Object> data();
}
