package org.cunwu.villages;

import org.cunwu.shared.web.PickerOptions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** /pickers/villages: the villages the user may see whose name, town or code holds what was typed (JSON). */
@Controller
class VillagePickerController {

    private final VillageService villages;

    VillagePickerController(VillageService villages) {
        this.villages = villages;
    }

    @GetMapping("/pickers/villages")
    @ResponseBody
    PickerOptions pickVillage(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        return PickerOptions.of(villages.choices().stream()
                        .filter(v -> PickerOptions.matches(q, v.getName(), v.getTown().getName()) || TextMatch.startsCode(q, v.getCode())),
                limit, v -> v.getId().toString(), v -> v.getTown().getName() + " · " + v.getName());
    }
}
