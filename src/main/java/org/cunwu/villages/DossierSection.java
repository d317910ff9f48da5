package org.cunwu.villages;

import java.util.Map;
import java.util.function.Function;

import org.cunwu.shared.web.PageSection;
import org.springframework.modulith.NamedInterface;

/**
 * A part of the village dossier (一村一档) that another module contributes: its cadres, projects,
 * representatives. The villages module shows the sections without depending on the modules that
 * provide them (they depend on villages, not the other way round): each declares its section as a bean.
 */
@NamedInterface(name = "api", propagate = false)
public class DossierSection extends PageSection {

    private final Function<Village, Map<String, Object>> data;

    public DossierSection(int order, String template, String fragment, Function<Village, Map<String, Object>> data) {
        super(order, template, fragment);
        this.data = data;
    }

    /** For a section that reads its data in a method of its own (a transactional one). */
    protected DossierSection(int order, String template, String fragment) {
        this(order, template, fragment, null);
    }

    /** The data the fragment shows, for a village the user may already see. */
    public Map<String, Object> data(Village village) {
        return data.apply(village);
    }

    /** What the dossier page hands to one section's fragment. */
    @NamedInterface(name = "api", propagate = false)
    public record View(String template, String fragment, Map<String, Object> data) {
    }
}
