package org.cunwu.evaluations.internal;

import java.util.List;

import jakarta.validation.Valid;

import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.villages.Village;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The warning talk (约谈) a town holds with a representative at or over the threshold: recorded (and corrected) by the town. */
@Controller
class TalkController {

    private final EvaluationService service;
    private final EvaluationResults results;
    private final HistoryService history;
    private final FormSubmission submissions;

    TalkController(EvaluationService service, EvaluationResults results, HistoryService history, FormSubmission submissions) {
        this.service = service;
        this.results = results;
        this.history = history;
        this.submissions = submissions;
    }

    @GetMapping("/evaluations/{id}/talks/{representativeId}")
    String initTalkForm(@PathVariable Long id, @PathVariable Long representativeId, Model model) {
        Evaluation evaluation = service.get(id);
        EvaluationResults.RepresentativeResult result = resultOf(evaluation, representativeId);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", service.talkOf(id, representativeId).map(TalkForm::of).orElseGet(() -> {
                TalkForm form = new TalkForm();
                form.setHeldOn(service.today());
                return form;
            }));
        }
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("result", result);
        model.addAttribute("closed", evaluation.isClosed(service.today()));
        model.addAttribute("history", service.talkOf(id, representativeId).map(t -> history.historyOf(WarningTalk.class, t.getId()))
                .orElse(List.of()));
        return "evaluations/talk";
    }

    @PostMapping("/evaluations/{id}/talks/{representativeId}")
    String processTalkForm(@PathVariable Long id, @PathVariable Long representativeId, @Valid @ModelAttribute("form") TalkForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        resultOf(service.get(id), representativeId);
        return submissions.of(result, () -> initTalkForm(id, representativeId, model))
                .firstRecord(() -> service.talkWithToken(form.getToken()))
                .save(() -> service.recordTalk(id, representativeId, form), talk -> "/evaluations/" + id + "/talks/" + representativeId,
                        "evaluation.talk.saved", redirect);
    }

    /** The representative's result, when the user sees their village (404) and records its town's talks (403). */
    private EvaluationResults.RepresentativeResult resultOf(Evaluation evaluation, Long representativeId) {
        EvaluationResults.RepresentativeResult result = results.representative(evaluation, representativeId)
                .orElseThrow(() -> new RecordNotFoundException("representative", representativeId));
        Village village = service.village(result.villageId());
        if (!service.canRecordTalks(village.getTown().getId(), village.getId())) {
            throw new AccessDeniedException("may not record warning talks in village " + village.getId());
        }
        return result;
    }
}
