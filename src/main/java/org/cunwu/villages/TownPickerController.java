package org.cunwu.villages;

import org.cunwu.shared.web.PickerOptions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** /pickers/towns: the towns the user may see whose name or code holds what was typed (JSON), for the lists' town filter. */
@Controller
class TownPickerController {

    private final TownService towns;

    TownPickerController(TownService towns) {
        this.towns = towns;
    }

    @GetMapping("/pickers/towns")
    @ResponseBody
    PickerOptions pickTown(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        return towns.pick(q, limit);
    }
}
