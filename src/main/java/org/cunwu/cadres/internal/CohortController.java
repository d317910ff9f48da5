package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;

import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cadres/cohorts: cohorts under team management, their members and activities. */
@Controller
@RequestMapping("/cadres/cohorts")
class CohortController extends RecordFormController<Cohort, CohortForm> {

    private final CohortService cohorts;
    private final CadreService cadres;
    private final HistoryService history;

    private final FormSubmission submissions;

    CohortController(CohortService cohorts, CadreService cadres, HistoryService history, FormSubmission submissions) {
        super(RecordForms.creating("/cadres/cohorts", "cohort", RecordForms.allowedIf(cohorts::canManage, "change cohorts"), CohortForm::new,
                RecordForms.after(RecordForms.allowedIf(cohorts::canManage, "change cohorts"), cohorts::get), CohortForm::of,
                form -> cohorts.create(form.getName(), form.getDescription(), form.getMentorId(), form.getStartedOn()),
                (id, form) -> cohorts.update(id, form.getVersion(), form.getName(), form.getDescription(), form.getMentorId(),
                        form.getStartedOn())), submissions);
        this.submissions = submissions;
        this.cohorts = cohorts;
        this.cadres = cadres;
        this.history = history;
    }

    @GetMapping
    String listCohorts(Model model) {
        model.addAttribute("cohorts", cohorts.list());
        model.addAttribute("memberCounts", cohorts.memberCounts());
        model.addAttribute("canManage", cohorts.canManage());
        return "cadres/cohorts";
    }

    @GetMapping("/{id}")
    String showCohort(@PathVariable Long id, Model model) {
        return cohortPage(cohorts.get(id), model);
    }

    /** The cohort's page with its forms; a form sent from it and refused is already in the model, with its errors. */
    private String cohortPage(Cohort cohort, Model model) {
        model.addAttribute("cohort", cohort);
        model.addAttribute("members", cohorts.membersOf(cohort));
        model.addAttribute("activities", cohorts.activitiesOf(cohort));
        model.addAttribute("canManage", cohorts.canManage());
        model.addAttribute("personChoices", cohorts.canManage() ? cadres.personChoices() : List.of());
        model.addAttribute("activityKinds", ActivityKind.values());
        model.addAttribute("today", LocalDate.now());
        if (!model.containsAttribute("memberForm")) {
            model.addAttribute("memberForm", CohortMemberForm.blank(LocalDate.now()));
        }
        if (!model.containsAttribute("activityForm")) {
            model.addAttribute("activityForm", CohortActivityForm.blank(LocalDate.now()));
        }
        model.addAttribute("history", history.historyOf(Cohort.class, cohort.getId()));
        return "cadres/cohort-detail";
    }

    @PostMapping("/{id}/members")
    String addMember(@PathVariable Long id, @Valid @ModelAttribute("memberForm") CohortMemberForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Cohort cohort = cohorts.get(id);
        return submissions.of(result, () -> cohortPage(cohort, model))
                .allowedIf(cohorts.canManage())
                .run(() -> cohorts.addMember(id, form.getPersonId(), form.getJoinedOn()), "/cadres/cohorts/" + id,
                        "cohort.member.added", redirect);
    }

    @PostMapping("/{id}/members/{memberId}/delete")
    String removeMember(@PathVariable Long id, @PathVariable Long memberId, RedirectAttributes redirect) {
        cohorts.removeMember(id, memberId);
        redirect.addFlashAttribute("success", "cohort.member.removed");
        return "redirect:/cadres/cohorts/" + id;
    }

    @PostMapping("/{id}/activities")
    String addActivity(@PathVariable Long id, @Valid @ModelAttribute("activityForm") CohortActivityForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Cohort cohort = cohorts.get(id);
        return submissions.of(result, () -> cohortPage(cohort, model))
                .allowedIf(cohorts.canManage())
                .run(() -> cohorts.addActivity(id, form.getKind(), form.getTitle(), form.getHeldOn(), form.getNote()),
                        "/cadres/cohorts/" + id, "activity.added", redirect);
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("personChoices", cadres.personChoices());
        return "cadres/cohort-form";
    }

}
