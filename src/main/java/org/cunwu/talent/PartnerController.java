package org.cunwu.talent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.export.ExportFormat;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.villages.VillageService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** /talent/partners: "partner" projects open for recruitment and the applications they received. */
@Controller
@RequestMapping("/talent/partners")
class PartnerController {

    private final TalentService talent;
    private final VillageService villages;
    private final HistoryService history;
    private final TableExporter exporter;
    private final MessageSource messages;

    PartnerController(TalentService talent, VillageService villages, HistoryService history, TableExporter exporter,
            MessageSource messages) {
        this.talent = talent;
        this.villages = villages;
        this.history = history;
        this.exporter = exporter;
        this.messages = messages;
    }

    @InitBinder("partnerForm")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String listPartners(@RequestParam(required = false) String q, @RequestParam(required = false) String status, Model model) {
        model.addAttribute("partners", talent.partnerProjects(q, TalentController.parse(PartnerStatus.class, status)));
        model.addAttribute("counts", talent.applicationCounts());
        model.addAttribute("q", q);
        model.addAttribute("status", status);
        model.addAttribute("canCreate", talent.isDistrictStaff() || villages.canCreate());
        return "talent/partners";
    }

    @GetMapping(params = "format")
    void exportPartners(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
            @RequestParam String format, HttpServletResponse response) throws IOException {
        List<PartnerProject> list = talent.partnerProjects(q, TalentController.parse(PartnerStatus.class, status));
        var counts = talent.applicationCounts();
        List<String> headers = List.of("partner.title", "partner.village", "partner.field", "partner.investment.withUnit",
                "partner.openFrom", "partner.openTo", "partner.status", "partner.applicationCount").stream().map(this::message).toList();
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("partner.list.title"), headers, sink -> {
            for (PartnerProject p : list) {
                List<Object> cells = new ArrayList<>();
                cells.add(p.getTitle());
                cells.add(p.getVillage().getName());
                cells.add(p.getField());
                cells.add(p.getInvestmentWan());
                cells.add(p.getOpenFrom().toString());
                cells.add(p.getOpenTo() == null ? null : p.getOpenTo().toString());
                cells.add(message(p.getStatus().messageKey()));
                cells.add(counts.getOrDefault(p.getId(), 0L));
                sink.row(cells);
            }
        });
    }

    @GetMapping("/{id}")
    String showPartner(@PathVariable Long id, Model model) {
        PartnerProject project = talent.partnerProject(id);
        model.addAttribute("partner", project);
        model.addAttribute("applications", talent.applicationsOf(project));
        model.addAttribute("canEdit", talent.canEdit(project));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(PartnerProject.class, id));
        return "talent/partner-detail";
    }

    @GetMapping("/new")
    String initCreation(Model model) {
        model.addAttribute("partnerForm", new PartnerForm());
        return form(model);
    }

    @PostMapping("/new")
    String processCreation(@Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return save(null, form, result, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdate(@PathVariable Long id, Model model) {
        PartnerProject project = talent.partnerProject(id);
        if (!talent.canEdit(project)) {
            throw new AccessDeniedException("may not edit partner project " + id);
        }
        model.addAttribute("partner", project);
        model.addAttribute("partnerForm", PartnerForm.of(project));
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String processUpdate(@PathVariable Long id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("partner", talent.partnerProject(id));
        return save(id, form, result, model, redirect);
    }

    private String save(Long id, PartnerForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return form(model);
        }
        try {
            PartnerProject saved = talent.savePartnerProject(id, form);
            redirect.addFlashAttribute("success", "partner.saved");
            return "redirect:/talent/partners/" + saved.getId();
        } catch (InvalidFieldException e) {
            result.rejectValue(e.field(), e.messageKey());
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("edit.conflict");
        }
        return form(model);
    }

    @PostMapping("/{id}/applications")
    String apply(@PathVariable Long id, @RequestParam(required = false) String applicant,
            @RequestParam(required = false) String organisation, @RequestParam(required = false) String phone,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate submittedOn,
            @RequestParam(required = false) String proposal, RedirectAttributes redirect) {
        try {
            talent.apply(id, applicant, organisation, phone == null ? null : phone.trim(), submittedOn, proposal);
            redirect.addFlashAttribute("success", "application.added");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/talent/partners/" + id;
    }

    @PostMapping("/{id}/applications/{applicationId}/status")
    String moveApplication(@PathVariable Long id, @PathVariable Long applicationId, @RequestParam(required = false) Long version,
            @RequestParam(required = false) String status, @RequestParam(required = false) String reason,
            RedirectAttributes redirect) {
        try {
            talent.moveApplication(id, applicationId, version, TalentController.parse(ApplicationStatus.class, status),
                    reason == null ? null : reason.trim());
            redirect.addFlashAttribute("success", "application.moved");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            redirect.addFlashAttribute("error", "edit.conflict");
        }
        return "redirect:/talent/partners/" + id;
    }

    private String form(Model model) {
        model.addAttribute("villageChoices", villages.choices().stream().filter(villages::canEdit).toList());
        model.addAttribute("statuses", PartnerStatus.values());
        return "talent/partner-form";
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
