package org.cunwu.talent;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.accounts.AuditLog;
import org.cunwu.cadres.CadreService;
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

import jakarta.validation.Valid;

/** /talent: programmes and enrollments; /talent/pool: returned talents and advisers; /talent/partners: partner projects. */
@Controller
@RequestMapping("/talent")
class TalentController {

    private final TalentService talent;
    private final CadreService cadres;
    private final VillageService villages;
    private final HistoryService history;
    private final TableExporter exporter;
    private final AuditLog auditLog;
    private final MessageSource messages;

    TalentController(TalentService talent, CadreService cadres, VillageService villages, HistoryService history,
            TableExporter exporter, AuditLog auditLog, MessageSource messages) {
        this.talent = talent;
        this.cadres = cadres;
        this.villages = villages;
        this.history = history;
        this.exporter = exporter;
        this.auditLog = auditLog;
        this.messages = messages;
    }

    @InitBinder({"form", "talentForm", "partnerForm"})
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    // ---- programmes

    @GetMapping
    String listPrograms(@RequestParam(required = false) String q, @RequestParam(required = false) String kind, Model model) {
        model.addAttribute("programs", talent.programs(q, parse(ProgramKind.class, kind)));
        model.addAttribute("counts", talent.enrollmentCounts());
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("canManage", talent.isDistrictStaff());
        return "talent/programs";
    }

    @GetMapping(params = "format")
    void exportPrograms(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam String format, HttpServletResponse response) throws IOException {
        List<Program> list = talent.programs(q, parse(ProgramKind.class, kind));
        var counts = talent.enrollmentCounts();
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("program.list.title"),
                headers("program.name", "program.kind", "program.startsOn", "program.endsOn", "program.enrollmentCount"), sink -> {
                    for (Program p : list) {
                        sink.row(cells(p.getName(), message(p.getKind().messageKey()), p.getStartsOn(), p.getEndsOn(),
                                counts.getOrDefault(p.getId(), 0L)));
                    }
                });
    }

    @GetMapping("/{id:\\d+}")
    String showProgram(@PathVariable Long id, Model model) {
        Program program = talent.program(id);
        model.addAttribute("program", program);
        model.addAttribute("enrollments", talent.enrollmentsOf(program));
        model.addAttribute("canManage", talent.isDistrictStaff());
        model.addAttribute("personChoices", talent.isDistrictStaff() ? cadres.personChoices() : List.of());
        model.addAttribute("modes", TrainingMode.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Program.class, id));
        return "talent/program-detail";
    }

    @GetMapping("/new")
    String initProgramCreation(Model model) {
        requireDistrict();
        model.addAttribute("form", new ProgramForm());
        model.addAttribute("kinds", ProgramKind.values());
        return "talent/program-form";
    }

    @PostMapping("/new")
    String processProgramCreation(@Valid @ModelAttribute("form") ProgramForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return saveProgram(null, form, result, model, redirect);
    }

    @GetMapping("/{id:\\d+}/edit")
    String initProgramUpdate(@PathVariable Long id, Model model) {
        requireDistrict();
        Program program = talent.program(id);
        model.addAttribute("program", program);
        model.addAttribute("form", ProgramForm.of(program));
        model.addAttribute("kinds", ProgramKind.values());
        return "talent/program-form";
    }

    @PostMapping("/{id:\\d+}/edit")
    String processProgramUpdate(@PathVariable Long id, @Valid @ModelAttribute("form") ProgramForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("program", talent.program(id));
        return saveProgram(id, form, result, model, redirect);
    }

    private String saveProgram(Long id, ProgramForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        requireDistrict();
        model.addAttribute("kinds", ProgramKind.values());
        if (result.hasErrors()) {
            return "talent/program-form";
        }
        try {
            Program saved = talent.saveProgram(id, form.getVersion(), form.getName(), form.getKind(), form.getStartsOn(),
                    form.getEndsOn(), form.getDescription());
            redirect.addFlashAttribute("success", "program.saved");
            return "redirect:/talent/" + saved.getId();
        } catch (InvalidFieldException e) {
            result.rejectValue(e.field(), e.messageKey());
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("edit.conflict");
        }
        return "talent/program-form";
    }

    @PostMapping("/{id:\\d+}/enrollments")
    String enroll(@PathVariable Long id, @RequestParam(required = false) Long personId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate fromDate,
            @RequestParam(required = false) TrainingMode mode, RedirectAttributes redirect) {
        try {
            talent.enroll(id, personId, fromDate, mode);
            redirect.addFlashAttribute("success", "enrollment.added");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/talent/" + id;
    }

    @PostMapping("/{id:\\d+}/enrollments/{enrollmentId}/finish")
    String finishEnrollment(@PathVariable Long id, @PathVariable Long enrollmentId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate toDate,
            @RequestParam(required = false) String outcome, RedirectAttributes redirect) {
        try {
            talent.finishEnrollment(id, enrollmentId, toDate, outcome == null || outcome.isBlank() ? null : outcome.trim());
            redirect.addFlashAttribute("success", "enrollment.finished");
        } catch (InvalidFieldException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/talent/" + id;
    }

    // ---- talent pool

    @GetMapping("/pool")
    String listPool(@RequestParam(required = false) String q, @RequestParam(required = false) String kind, Model model) {
        model.addAttribute("talents", talent.talents(q, parse(TalentKind.class, kind)));
        model.addAttribute("q", q);
        model.addAttribute("kind", kind);
        model.addAttribute("canCreate", talent.isDistrictStaff() || villages.canCreate());
        return "talent/pool";
    }

    @GetMapping(value = "/pool", params = "format")
    void exportPool(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
            @RequestParam String format, HttpServletResponse response) throws IOException {
        List<Talent> list = talent.talents(q, parse(TalentKind.class, kind));
        auditLog.recordExport("talent pool " + format);
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("talent.pool.title"),
                headers("talent.kind", "talent.name", "talent.birthYear", "talent.phone", "talent.village", "talent.organisation",
                        "talent.field", "talent.sinceDate", "talent.termEnd"), sink -> {
                    for (Talent t : list) {
                        sink.row(cells(message(t.getKind().messageKey()), t.getName(), t.getBirthYear(),
                                talent.canEdit(t) ? t.getPhone() : t.getMaskedPhone(),
                                t.getVillage() == null ? null : t.getVillage().getName(), t.getOrganisation(), t.getField(),
                                t.getSinceDate(), t.getTermEnd()));
                    }
                });
    }

    @GetMapping("/pool/{id}")
    String showTalent(@PathVariable Long id, Model model) {
        Talent t = talent.talent(id);
        model.addAttribute("talent", t);
        model.addAttribute("canEdit", talent.canEdit(t));
        model.addAttribute("history", history.historyOf(Talent.class, id));
        return "talent/talent-detail";
    }

    @GetMapping("/pool/new")
    String initTalentCreation(Model model) {
        model.addAttribute("talentForm", new TalentForm());
        return talentForm(model);
    }

    @PostMapping("/pool/new")
    String processTalentCreation(@Valid @ModelAttribute("talentForm") TalentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return saveTalent(null, form, result, model, redirect);
    }

    @GetMapping("/pool/{id}/edit")
    String initTalentUpdate(@PathVariable Long id, Model model) {
        Talent t = talent.talent(id);
        if (!talent.canEdit(t)) {
            throw new AccessDeniedException("may not edit talent " + id);
        }
        model.addAttribute("talent", t);
        model.addAttribute("talentForm", TalentForm.of(t));
        return talentForm(model);
    }

    @PostMapping("/pool/{id}/edit")
    String processTalentUpdate(@PathVariable Long id, @Valid @ModelAttribute("talentForm") TalentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("talent", talent.talent(id));
        return saveTalent(id, form, result, model, redirect);
    }

    private String saveTalent(Long id, TalentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return talentForm(model);
        }
        try {
            Talent saved = talent.saveTalent(id, form);
            redirect.addFlashAttribute("success", "talent.saved");
            return "redirect:/talent/pool/" + saved.getId();
        } catch (InvalidFieldException e) {
            result.rejectValue(e.field(), e.messageKey());
        } catch (ConcurrentEditException | ObjectOptimisticLockingFailureException e) {
            result.reject("edit.conflict");
        }
        return talentForm(model);
    }

    private String talentForm(Model model) {
        model.addAttribute("kinds", TalentKind.values());
        model.addAttribute("villageChoices", villages.choices().stream().filter(villages::canEdit).toList());
        return "talent/talent-form";
    }

    // ---- helpers

    private void requireDistrict() {
        if (!talent.isDistrictStaff()) {
            throw new AccessDeniedException("only district staff manage programmes");
        }
    }

    private List<String> headers(String... keys) {
        return java.util.Arrays.stream(keys).map(this::message).toList();
    }

    private static List<Object> cells(Object... values) {
        List<Object> cells = new ArrayList<>();
        for (Object v : values) {
            cells.add(v instanceof LocalDate d ? d.toString() : v);
        }
        return cells;
    }

    static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
