package org.cunwu.cadres;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.export.ExportFormat;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.Paging;
import org.cunwu.villages.TownService;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /cadres: posts held (one row each) with filters and exports, a person's page, and the cadre forms. */
@Controller
@RequestMapping("/cadres")
class CadreController {

    private static final String FORM = "cadres/form";
    private static final Map<String, String> SORTABLE = Map.of("name", "person.name", "village", "village.name",
            "fromDate", "fromDate", "toDate", "toDate", "birthDate", "person.birthDate");
    private static final Sort DEFAULT_SORT = Sort.by("village.code").and(Sort.by("postType.sortOrder")).and(Sort.by("fromDate").descending());

    private final CadreService cadres;
    private final CohortService cohorts;
    private final VillageService villages;
    private final TownService towns;
    private final HistoryService history;
    private final TableExporter exporter;
    private final CadreSheet sheet;
    private final AuditLog auditLog;
    private final MessageSource messages;
    private final Paging paging;

    private final FormSubmission submissions;

    CadreController(CadreService cadres, CohortService cohorts, VillageService villages, TownService towns, HistoryService history,
            TableExporter exporter, CadreSheet sheet, AuditLog auditLog, MessageSource messages, Paging paging,
            FormSubmission submissions) {
        this.submissions = submissions;
        this.cadres = cadres;
        this.cohorts = cohorts;
        this.villages = villages;
        this.towns = towns;
        this.history = history;
        this.exporter = exporter;
        this.sheet = sheet;
        this.auditLog = auditLog;
        this.messages = messages;
        this.paging = paging;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String listCadres(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort, HttpServletRequest request, Model model) {
        FilterParameters params = new FilterParameters(request);
        CadreFilter filter = CadreFilter.of(params);
        model.addAttribute("filter", filter);
        model.addAttribute("unreadableFilters", params.unreadable());
        model.addAttribute("posts", cadres.list(filter, paging.pageable(page, size, sort, SORTABLE, DEFAULT_SORT)));
        model.addAttribute("towns", towns.list());
        model.addAttribute("villageChoices", villages.choices());
        model.addAttribute("postTypes", cadres.postTypes());
        model.addAttribute("canCreate", cadres.canCreate());
        model.addAttribute("today", LocalDate.now());
        return "cadres/list";
    }

    @GetMapping(params = "format")
    void exportCadres(@RequestParam String format, @RequestParam(required = false) String sort, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        CadreFilter selection = CadreFilter.of(new FilterParameters(request));
        auditLog.recordExport("cadres " + format + " " + selection);
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("cadre.list.title"),
                sheet.headers(), sink -> cadres.forEach(selection, paging.sort(sort, SORTABLE, DEFAULT_SORT),
                        post -> sink.row(sheet.row(post, villages.canEdit(post.getVillage())))));
    }

    @GetMapping("/{id}")
    String showPerson(@PathVariable Long id, Model model) {
        Person person = cadres.person(id);
        boolean canEdit = cadres.canEdit(person);
        model.addAttribute("person", person);
        model.addAttribute("posts", cadres.postsOf(person));
        model.addAttribute("memberships", cohorts.membershipsOf(person));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("editableVillages", canEdit ? villages.choices().stream().filter(villages::canEdit).toList() : List.of());
        model.addAttribute("postTypes", cadres.postTypes());
        model.addAttribute("endReasons", EndReason.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Person.class, id));
        return "cadres/detail";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        requireCreator();
        model.addAttribute("form", new PersonForm());
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireCreator();
        if (form.getVillageId() == null) {
            result.rejectValue("villageId", "validation.required");
        }
        if (form.getPostTypeId() == null) {
            result.rejectValue("postTypeId", "validation.required");
        }
        if (form.getFromDate() == null) {
            result.rejectValue("fromDate", "validation.required");
        }
        return submissions.of(result, () -> form(model))
                .save(() -> cadres.create(form.details(), form.getVillageId(), form.getPostTypeId(), form.getFromDate()),
                        saved -> "/cadres/" + saved.getId(), "person.created", redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Person person = cadres.person(id);
        requireEditable(person);
        model.addAttribute("person", person);
        model.addAttribute("form", PersonForm.of(person));
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") PersonForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Person person = cadres.person(id);
        requireEditable(person);
        model.addAttribute("person", person);
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            cadres.update(id, form.getVersion(), form.details());
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("edit.conflict");
            return form(model);
        }
        redirect.addFlashAttribute("success", "person.saved");
        return "redirect:/cadres/" + id;
    }

    @PostMapping("/{id}/appoint")
    String appoint(@PathVariable Long id, @RequestParam(required = false) Long villageId,
            @RequestParam(required = false) Long postTypeId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate,
            @RequestParam(required = false) EndReason previousEndReason, @RequestParam(required = false) String note,
            RedirectAttributes redirect) {
        try {
            cadres.appoint(id, villageId, postTypeId, fromDate, previousEndReason, note == null || note.isBlank() ? null : note.trim());
            redirect.addFlashAttribute("success", "post.appointed");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/cadres/" + id;
    }

    @PostMapping("/posts/{postId}/end")
    String endPost(@PathVariable Long postId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDate,
            @RequestParam(required = false) EndReason endReason, @RequestParam(required = false) String endNote,
            RedirectAttributes redirect) {
        PostHeld post;
        try {
            post = cadres.end(postId, version, toDate, endReason, endNote == null || endNote.isBlank() ? null : endNote.trim());
            redirect.addFlashAttribute("success", endReason == EndReason.NOT_COMPETENT ? "post.adjusted" : "post.ended");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            post = null;
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "edit.conflict");
            post = null;
        }
        Long personId = post != null ? post.getPerson().getId() : cadres.personIdOfPost(postId);
        return "redirect:/cadres/" + personId;
    }

    private String form(Model model) {
        List<Village> editable = villages.choices().stream().filter(villages::canEdit).toList();
        model.addAttribute("editableVillages", editable);
        model.addAttribute("postTypes", cadres.postTypes());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("educations", Education.values());
        return FORM;
    }

    private void requireCreator() {
        if (!cadres.canCreate()) {
            throw new AccessDeniedException("may not create cadres");
        }
    }

    private void requireEditable(Person person) {
        if (!cadres.canEdit(person)) {
            throw new AccessDeniedException("may not edit person " + person.getId());
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
