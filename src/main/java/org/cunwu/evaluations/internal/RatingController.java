package org.cunwu.evaluations.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.cunwu.representatives.RepresentativeRef;
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

/**
 * The rating pages, made for a phone: one list of the village's commitments with three big buttons per row. The town's
 * staff rate as the town, the secretary as the secretary; panel members have no accounts, so the secretary (or the
 * town's staff) records each member's votes on that member's own list at the 述诺评诺 meeting, and chooses the panel.
 */
@Controller
class RatingController {

    private final EvaluationService service;
    private final FormSubmission submissions;

    RatingController(EvaluationService service, FormSubmission submissions) {
        this.service = service;
        this.submissions = submissions;
    }

    @GetMapping("/evaluations/{id}/villages/{villageId}/rate")
    String showRating(@PathVariable Long id, @PathVariable Long villageId, Model model) {
        Evaluation evaluation = service.get(id);
        Village village = service.village(villageId);
        return sheet(evaluation, village, seat(village), null, model);
    }

    @PostMapping("/evaluations/{id}/villages/{villageId}/rate")
    String rate(@PathVariable Long id, @PathVariable Long villageId, @Valid @ModelAttribute("form") VoteForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Evaluation evaluation = service.get(id);
        Village village = service.village(villageId);
        Rater seat = seat(village);
        String page = "/evaluations/" + id + "/villages/" + villageId + "/rate";
        return submissions.of(result, () -> sheet(evaluation, village, seat, null, model))
                .firstRecord(() -> Optional.of(page + "#item-" + form.getItemId()))
                .run(() -> service.record(id, villageId, seat, null, List.of(input(form))), page + "#item-" + form.getItemId(),
                        "evaluation.vote.saved", redirect);
    }

    /** The panel of the village: choose its members, and open each member's list. */
    @GetMapping("/evaluations/{id}/villages/{villageId}/panel")
    String showPanel(@PathVariable Long id, @PathVariable Long villageId, Model model) {
        Evaluation evaluation = service.get(id);
        Village village = panelVillage(villageId);
        List<RepresentativeRef> panel = service.panelOf(evaluation, village);
        if (!model.containsAttribute("form")) {
            PanelForm form = new PanelForm();
            form.setRepresentativeIds(panel.stream().map(RepresentativeRef::id).toList());
            model.addAttribute("form", form);
        }
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("village", village);
        model.addAttribute("panel", panel);
        model.addAttribute("representatives", service.representativesOf(village));
        model.addAttribute("closed", evaluation.isClosed(service.today()));
        return "evaluations/panel";
    }

    @PostMapping("/evaluations/{id}/villages/{villageId}/panel")
    String choosePanel(@PathVariable Long id, @PathVariable Long villageId, @ModelAttribute("form") PanelForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        panelVillage(villageId);
        String page = "/evaluations/" + id + "/villages/" + villageId + "/panel";
        return submissions.of(result, () -> showPanel(id, villageId, model))
                .run(() -> service.setPanel(id, villageId, form.getRepresentativeIds() == null ? List.of() : form.getRepresentativeIds()),
                        page, "evaluation.panel.saved", redirect);
    }

    /** A panel member's list: the village's commitments except the member's own, recorded for them. */
    @GetMapping("/evaluations/{id}/villages/{villageId}/panel/{representativeId}")
    String showPanelSheet(@PathVariable Long id, @PathVariable Long villageId, @PathVariable Long representativeId, Model model) {
        Evaluation evaluation = service.get(id);
        Village village = panelVillage(villageId);
        return sheet(evaluation, village, Rater.PANEL, service.panelMember(evaluation, village, representativeId), model);
    }

    @PostMapping("/evaluations/{id}/villages/{villageId}/panel/{representativeId}")
    String ratePanel(@PathVariable Long id, @PathVariable Long villageId, @PathVariable Long representativeId,
            @Valid @ModelAttribute("form") VoteForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Evaluation evaluation = service.get(id);
        Village village = panelVillage(villageId);
        RepresentativeRef member = service.panelMember(evaluation, village, representativeId);
        String page = "/evaluations/" + id + "/villages/" + villageId + "/panel/" + representativeId;
        return submissions.of(result, () -> sheet(evaluation, village, Rater.PANEL, member, model))
                .firstRecord(() -> Optional.of(page + "#item-" + form.getItemId()))
                .run(() -> service.record(id, villageId, Rater.PANEL, representativeId, List.of(input(form))),
                        page + "#item-" + form.getItemId(), "evaluation.vote.saved", redirect);
    }

    /** The user's own seat for the village (the town's staff: the town; its secretary: the secretary); others may not rate. */
    private Rater seat(Village village) {
        return service.seatsOf(village).stream().findFirst()
                .orElseThrow(() -> new AccessDeniedException("does not rate village " + village.getId()));
    }

    private Village panelVillage(Long villageId) {
        Village village = service.village(villageId);
        if (!service.canRecordPanel(village)) {
            throw new AccessDeniedException("may not record the panel of village " + villageId);
        }
        return village;
    }

    private static EvaluationService.VoteInput input(VoteForm form) {
        return new EvaluationService.VoteInput(form.getItemId(), form.getGrade(), form.getComment(), form.getToken());
    }

    private String sheet(Evaluation evaluation, Village village, Rater seat, RepresentativeRef member, Model model) {
        List<EvaluationItem> items = service.itemsOf(evaluation, village).stream()
                .filter(i -> member == null || !member.id().equals(i.getRepresentativeId()))
                .toList();
        Map<Long, List<Vote>> votes = service.votesOf(items);
        Long memberId = member == null ? null : member.id();
        Map<Long, Vote> mine = votes.values().stream().flatMap(List::stream)
                .filter(v -> v.getRater() == seat && Objects.equals(memberId, v.getPanelMemberId()))
                .collect(Collectors.toMap(v -> v.getItem().getId(), Function.identity()));
        model.addAttribute("evaluation", evaluation);
        model.addAttribute("village", village);
        model.addAttribute("seat", seat);
        model.addAttribute("member", member);
        model.addAttribute("items", items);
        model.addAttribute("commitments", service.commitmentsOf(items));
        model.addAttribute("mine", mine);
        model.addAttribute("rated", mine.size());
        // a fresh one-time token per row: a double tap on a button records one vote
        model.addAttribute("tokens", items.stream().collect(Collectors.toMap(EvaluationItem::getId, i -> UUID.randomUUID().toString())));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("closed", evaluation.isClosed(service.today()));
        model.addAttribute("action", member == null ? "/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/rate"
                : "/evaluations/" + evaluation.getId() + "/villages/" + village.getId() + "/panel/" + member.id());
        return "evaluations/rate";
    }
}
