package org.cunwu.representatives;

import java.util.Map;
import java.util.function.Function;

import org.cunwu.shared.web.PageSection;
import org.cunwu.villages.Village;
import org.springframework.modulith.NamedInterface;

/**
 * A part of a village's printed notice board (公示栏) that another module contributes (the year's published evaluation
 * results), so that this module depends on none of the modules that build on it.
 */
@NamedInterface("api")
public class NoticeBoardSection extends PageSection {

    private final Function<Village, Map<String, Object>> data;

    public NoticeBoardSection(int order, String template, String fragment, Function<Village, Map<String, Object>> data) {
        super(order, template, fragment);
        this.data = data;
    }

    /** The data for a village the user may see; empty when there is nothing to post. */
    public Map<String, Object> data(Village village) {
        return data.apply(village);
    }
}
