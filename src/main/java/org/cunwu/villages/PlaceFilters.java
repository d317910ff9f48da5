package org.cunwu.villages;

import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The choices of a list's town and village filters, which the page draws with {@code fragments/filters :: placeChoices}:
 * the towns the user may see ({@code townChoices}) and the villages to offer for the chosen town or village
 * ({@code villageChoices}).
 */
@NamedInterface(name = "api", propagate = false)
@Component
public class PlaceFilters {

    private final TownService towns;
    private final VillageService villages;

    PlaceFilters(TownService towns, VillageService villages) {
        this.towns = towns;
        this.villages = villages;
    }

    public void addTo(Model model, Long townId, Long villageId) {
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("villageChoices", villages.filterChoices(townId, villageId));
    }
}
