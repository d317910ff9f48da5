package org.cunwu.villages.internal;

import org.cunwu.shared.web.PickerOptions;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.TownService;
import org.cunwu.villages.VillageRef;
import org.cunwu.villages.VillageService;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The type-to-search pickers of the places (JSON, {@link PickerOptions}): what the user may see whose name (or code)
 * holds what was typed, for the fields and filters that list only the chosen one of too many ({@code select-search.js}).
 */
@Controller
class PickerController {

    private final VillageService villages;
    private final TownService towns;
    private final DemonstrationZoneService zones;

    PickerController(VillageService villages, TownService towns, DemonstrationZoneService zones) {
        this.villages = villages;
        this.towns = towns;
        this.zones = zones;
    }

    /**
     * Villages by name, town or code; with {@code any=true} any village of the deployment by its name and town alone,
     * for choosing partners across towns ({@link VillageService#anyChoices}).
     */
    @GetMapping("/pickers/villages")
    @ResponseBody
    PickerOptions pickVillage(@RequestParam(required = false) String q, @RequestParam(required = false) String limit,
            @RequestParam(required = false) String any) {
        // one more than answered, to say whether there are more
        int read = PickerOptions.limit(limit) + 1;
        if ("true".equals(any)) {
            return PickerOptions.of(villages.searchAny(q, read).stream(), limit, v -> v.id().toString(), VillageRef::label);
        }
        return PickerOptions.of(villages.search(q, read).stream(), limit, v -> v.getId().toString(),
                v -> v.getTown().getName() + " · " + v.getName());
    }

    /** Towns by name or code, for the lists' town filter. */
    @GetMapping("/pickers/towns")
    @ResponseBody
    PickerOptions pickTown(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        return towns.pick(q, limit);
    }

    /** Demonstration zones by name or plan title, for the project form and the project list's zone filter. */
    @GetMapping("/pickers/zones")
    @ResponseBody
    PickerOptions pickZone(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        return zones.pick(q, limit);
    }
}
