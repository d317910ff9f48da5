package org.cunwu.cadres.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.cadres.Gender;
import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryEntry;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.villages.PlaceFilters;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cadres: posts held (one row each) with filters and exports, a person's page, and the cadre forms. */
@Controller
@RequestMapping("/cadres")
class CadreController extends RecordFormController<Person, PersonForm> {

    private static final String FORM = "cadres/form";
    private static final Map<String, String> SORTABLE = Map.of("name", "person.name", "village", "village.name",
            "fromDate", "fromDate", "toDate", "toDate", "birthDate", "person.birthDate");
    private static final Sort DEFAULT_SORT = Sort.by("village.code").and(Sort.by("postType.sortOrder")).and(Sort.by("fromDate").descending());

    private final CadreService cadres;
    private final CohortService cohorts;
    private final VillageService villages;
    private final PlaceFilters places;
    private final HistoryService history;
    private final TableExporter exporter;
    private final CadreSheet sheet;
    private final AuditLog auditLog;

    private final FormSubmission submissions;

    CadreController(CadreService cadres, CohortService cohorts, VillageService villages, PlaceFilters places, HistoryService history,
            TableExporter exporter, CadreSheet sheet, AuditLog auditLog, FormSubmission submissions) {
        super(RecordForms.creating("/cadres", "person", RecordForms.allowedIf(cadres::canCreate, "create cadres"), PersonForm::new,
                RecordForms.editableIf(cadres::person, cadres::canEdit), PersonForm::of,
                form -> cadres.create(form.details(), form.getVillageId(), form.getPostTypeId(), form.getFromDate()),
                (id, form) -> cadres.update(id, form.getVersion(), form.details())), submissions);
        this.submissions = submissions;
        this.cadres = cadres;
        this.cohorts = cohorts;
        this.villages = villages;
        this.places = places;
        this.history = history;
        this.exporter = exporter;
        this.sheet = sheet;
        this.auditLog = auditLog;
    }

    @GetMapping
    String listCadres(ListRequest list, Model model) {
        CadreFilter filter = list.filter(CadreFilter::of, model);
        model.addAttribute("posts", cadres.list(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("postTypes", cadres.postTypes());
        model.addAttribute("canCreate", cadres.canCreate());
        model.addAttribute("today", LocalDate.now());
        return "cadres/list";
    }

    @GetMapping(params = "format")
    void exportCadres(ListRequest list, HttpServletResponse response) throws IOException {
        CadreFilter selection = list.filter(CadreFilter::of);
        auditLog.recordExport("cadres " + list.format() + " " + selection);
        exporter.export(response, list.format(), "cadre.list.title", sheet.columns(post -> villages.canEdit(post.getVillage())),
                cadres.forExport(selection, list.sort(SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id}")
    String showPerson(@PathVariable Long id, Model model) {
        return personPage(cadres.person(id), model);
    }

    /** The person's page with its forms; a form sent from it and refused is already in the model, with its errors. */
    private String personPage(Person person, Model model) {
        boolean canEdit = cadres.canEdit(person);
        List<PostHeld> posts = cadres.postsOf(person);
        model.addAttribute("person", person);
        model.addAttribute("posts", posts);
        model.addAttribute("memberships", cohorts.membershipsOf(person));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("canCorrect", posts.stream().filter(p -> !p.isCurrent()).map(cadres::canCorrect).toList().contains(true));
        model.addAttribute("editableVillages", canEdit ? villages.editableChoices(model.getAttribute("appointForm") instanceof AppointForm f
                ? f.getVillageId() : null) : List.of());
        model.addAttribute("postTypes", cadres.postTypes());
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("newEndForm", PostEndForm.blank(LocalDate.now()));
        if (!model.containsAttribute("appointForm")) {
            model.addAttribute("appointForm", AppointForm.blank(LocalDate.now()));
        }
        model.addAttribute("corrections", cadres.correctionsOf(person));
        model.addAttribute("history", history.historyOf(Person.class, person.getId()));
        model.addAttribute("postHistory", posts.stream()
                .map(p -> new PostHistory(p, history.historyOf(PostHeld.class, p.getId()))).toList());
        return "cadres/detail";
    }

    /** One post's own history (who appointed, ended or corrected it, and when), shown on the person's page. */
    record PostHistory(PostHeld post, List<HistoryEntry> entries) {
    }

    /** A new person comes with their first post: its village, type and start are required here only. */
    @Override
    protected void checkCreation(PersonForm form, BindingResult result) {
        if (form.getVillageId() == null) {
            result.rejectValue("villageId", "validation.required");
        }
        if (form.getPostTypeId() == null) {
            result.rejectValue("postTypeId", "validation.required");
        }
        if (form.getFromDate() == null) {
            result.rejectValue("fromDate", "validation.required");
        }
    }

    @PostMapping("/{id}/appoint")
    String appoint(@PathVariable Long id, @Valid @ModelAttribute("appointForm") AppointForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Person person = cadres.person(id);
        return submissions.of(result, () -> personPage(person, model))
                .allowedIf(cadres.canCreate())
                .run(() -> cadres.appoint(id, form.getVillageId(), form.getPostTypeId(), form.getFromDate(),
                        form.getPreviousEndReason(), form.getPreviousEndNote()), "/cadres/" + id, "post.appointed", redirect);
    }

    @PostMapping("/posts/{postId}/end")
    String endPost(@PathVariable Long postId, @Valid @ModelAttribute("endForm") PostEndForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PostHeld post = cadres.post(postId);
        form.setPostId(postId);
        Long personId = post.getPerson().getId();
        return submissions.of(result, () -> personPage(cadres.person(personId), model))
                .allowedIf(cadres.canEnd(post))
                .run(() -> cadres.end(postId, form.getVersion(), form.getToDate(), form.getEndReason(), form.getEndNote()),
                        "/cadres/" + personId, form.getEndReason() == EndReason.NOT_COMPETENT ? "post.adjusted" : "post.ended",
                        redirect);
    }

    @GetMapping("/posts/{postId}/correct")
    String initCorrectionForm(@PathVariable Long postId, Model model) {
        PostHeld post = cadres.post(postId);
        if (!cadres.canCorrect(post)) {
            throw new AccessDeniedException("may not correct post " + postId);
        }
        model.addAttribute("correctionForm", PostCorrectionForm.of(post));
        return correctionPage(post, model);
    }

    @PostMapping("/posts/{postId}/correct")
    String processCorrectionForm(@PathVariable Long postId, @Valid @ModelAttribute("correctionForm") PostCorrectionForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        PostHeld post = cadres.post(postId);
        form.setPostId(postId);
        return submissions.of(result, () -> correctionPage(post, model))
                .allowedIf(cadres.canCorrect(post))
                .run(() -> cadres.correct(postId, form.getVersion(), form.isReopened(), form.getToDate(), form.getEndReason(),
                        form.getEndNote(), form.getReason()), "/cadres/" + post.getPerson().getId(), "post.corrected", redirect);
    }

    private String correctionPage(PostHeld post, Model model) {
        model.addAttribute("post", post);
        model.addAttribute("endReasons", EndReason.values());
        return "cadres/post-correction";
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("editableVillages", villages.editableChoices(shownForm(model).getVillageId()));
        model.addAttribute("postTypes", cadres.postTypes());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educations", Education.values());
        return FORM;
    }

}
