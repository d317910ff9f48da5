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
        if ("true".equals(any)) {
            return PickerOptions.of(villages.allForChoosing().stream().filter(v -> PickerOptions.matches(q, v.name(), v.townName())),
                    limit, v -> v.id().toString(), VillageRef::label);
        }
        return PickerOptions.of(villages.choices().stream()
                        .filter(v -> PickerOptions.matches(q, v.getName(), v.getTown().getName()) || TextMatch.startsCode(q, v.getCode())),
                limit, v -> v.getId().toString(), v -> v.getTown().getName() + " · " + v.getName());
    }
}
