package org.cunwu.villages;

import org.cunwu.shared.web.PickerOptions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * /pickers/villages: the villages the user may see whose name, town or code holds what was typed (JSON); with
 * {@code any=true} any village of the deployment by its name and town alone, for choosing partners across towns
 * ({@link VillageService#anyChoices}).
 */
@Controller
class VillagePickerController {

    private final VillageService villages;

    VillagePickerController(VillageService villages) {
        this.villages = villages;
    }

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
}
