package org.cunwu.talent.internal;

import java.util.stream.Stream;

import org.cunwu.cadres.CadreRoster;
import org.cunwu.shared.web.PickerOptions;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * /pickers/enrollees: who may be enrolled in a programme, among those the user may see: village cadres
 * ({@code person-<id>}) and returned talents ({@code talent-<id>}) whose name holds what was typed (JSON).
 */
@Controller
class EnrolleePickerController {

    private final CadreRoster cadres;
    private final TalentService talents;

    EnrolleePickerController(CadreRoster cadres, TalentService talents) {
        this.cadres = cadres;
        this.talents = talents;
    }

    @GetMapping("/pickers/enrollees")
    @ResponseBody
    PickerOptions pickEnrollee(@RequestParam(required = false) String q, @RequestParam(required = false) String limit) {
        Stream<PickerOptions.Option> people = cadres.personChoices().stream().filter(p -> PickerOptions.matches(q, p.name()))
                .map(p -> new PickerOptions.Option(EnrollmentForm.PERSON + p.id(),
                        p.birthDate() == null ? p.name() : p.name() + " " + p.birthDate()));
        Stream<PickerOptions.Option> returned = talents.returnedChoices().stream()
                .filter(t -> PickerOptions.matches(q, t.getName(), t.getVillage().getName()))
                .map(t -> new PickerOptions.Option(EnrollmentForm.TALENT + t.getId(), t.getName() + " · " + t.getVillage().getName()));
        return PickerOptions.of(Stream.concat(people, returned), limit, PickerOptions.Option::value, PickerOptions.Option::text);
    }
}
