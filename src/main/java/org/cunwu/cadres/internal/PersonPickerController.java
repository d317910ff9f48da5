package org.cunwu.cadres.internal;

import org.cunwu.shared.web.PickerOptions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * /pickers/persons: the village cadres the user may see (of their town, of their village) whose name holds what was
 * typed, as the cohort member picker lists them (JSON).
 */
@Controller
class PersonPickerController {

    private final CadreService cadres;

    PersonPickerController(CadreService cadres) {
        this.cadres = cadres;
    }

    @GetMapping("/pickers/persons")
    @ResponseBody
    PickerOptions pickPerson(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        return PickerOptions.of(cadres.personChoices().stream().filter(p -> PickerOptions.matches(q, p.getName())), limit,
                p -> p.getId().toString(), PersonPickerController::label);
    }

    /** A person as the pickers show them: the name and, to tell namesakes apart, the birth date. */
    static String label(Person person) {
        return person.getBirthDate() == null ? person.getName() : person.getName() + " " + person.getBirthDate();
    }
}
