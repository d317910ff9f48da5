package org.cunwu.talent.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.cadres.CadreRoster;
import org.cunwu.shared.export.BatchCounts;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /talent: the programme list and its export, a programme's page with its enrollments, and the programme form. */
@Controller
@RequestMapping("/talent")
class ProgramController extends RecordFormController<Program, ProgramForm> {

    private static final String FORM = "talent/program-form";
    private static final String DETAIL = "talent/program-detail";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind", "startsOn", "startsOn",
            "endsOn", "endsOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("name"), Sort.Order.asc("id"));

    private final ProgramService programs;
    private final CadreRoster cadres;
    private final TalentService talents;
    private final TableExporter exporter;
    private final Clock clock;

    private final FormSubmission submissions;

    ProgramController(ProgramService programs, CadreRoster cadres, TalentService talents, TableExporter exporter, Clock clock, FormSubmission submissions) {
        super(RecordForms.saving("/talent", "program", RecordForms.allowedIf(programs::canManage, "manage programmes"), ProgramForm::new,
                RecordForms.after(RecordForms.allowedIf(programs::canManage, "manage programmes"),
                programs::get), ProgramForm::of, programs::save), submissions);
        this.submissions = submissions;
        this.programs = programs;
        this.cadres = cadres;
        this.talents = talents;
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping
    String listPrograms(ListRequest list, Model model) {
        ProgramFilter filter = list.filter(ProgramFilter::of, model);
        Page<Program> rows = programs.list(filter, list.pageable(SORTABLE, DEFAULT_SORT));
        model.addAttribute("programs", rows);
        model.addAttribute("counts", programs.enrollmentCounts(rows.getContent()));
        model.addAttribute("kinds", ProgramKind.values());
        model.addAttribute("canManage", programs.canManage());
        return "talent/programs";
    }

    @GetMapping(params = "format")
    void exportPrograms(ListRequest list, HttpServletResponse response) throws IOException {
        ProgramFilter filter = list.filter(ProgramFilter::of);
        BatchCounts<Program> enrolled = new BatchCounts<>(programs::enrollmentCounts);
        exporter.export(response, list.format(), "program.list.title", Columns.of(Program.class)
                .add("program.name", Program::getName).label("program.kind", p -> p.getKind().messageKey())
                .add("program.startsOn", Program::getStartsOn).add("program.endsOn", Program::getEndsOn)
                .add("program.enrollmentCount", enrolled::of)
                .add("program.description", Program::getDescription),
                programs.forExport(filter, list.sort(SORTABLE, DEFAULT_SORT)), enrolled);
    }

    @GetMapping("/{id:\\d+}")
    String showProgram(@PathVariable Long id, Model model) {
        Program program = programs.get(id);
        model.addAttribute("enrollmentForm", EnrollmentForm.startingOn(LocalDate.now(clock)));
        return detail(program, model);
    }

    @PostMapping("/{id:\\d+}/enrollments")
    String enroll(@PathVariable Long id, @Valid @ModelAttribute("enrollmentForm") EnrollmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Program program = programs.get(id);
        return submissions.of(result, () -> detail(program, model)).allowedIf(programs.canManage())
                .run(() -> programs.enroll(id, form), "/talent/" + id, "enrollment.added", redirect);
    }

    @PostMapping("/{id:\\d+}/enrollments/{enrollmentId:\\d+}/finish")
    String finishEnrollment(@PathVariable Long id, @PathVariable Long enrollmentId,
            @Valid @ModelAttribute("finishForm") EnrollmentFinishForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        Program program = programs.get(id);
        form.setEnrollmentId(enrollmentId);
        model.addAttribute("enrollmentForm", EnrollmentForm.startingOn(LocalDate.now(clock)));
        return submissions.of(result, () -> detail(program, model)).allowedIf(programs.canManage())
                .run(() -> programs.finish(id, enrollmentId, form.getToDate(), form.getOutcome()), "/talent/" + id,
                        "enrollment.finished", redirect);
    }

    private String detail(Program program, Model model) {
        boolean canManage = programs.canManage();
        model.addAttribute("program", program);
        List<Enrollment> enrollments = programs.enrollmentsOf(program);
        model.addAttribute("enrollments", enrollments);
        model.addAttribute("canManage", canManage);
        model.addAttribute("personChoices", canManage ? cadres.personChoices() : List.of());
        model.addAttribute("talentChoices", canManage ? talents.returnedChoices() : List.of());
        model.addAttribute("modes", TrainingMode.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("newFinishForm", EnrollmentFinishForm.blank(LocalDate.now(clock)));
        model.addAttribute("history", programs.history(program, enrollments));
        return DETAIL;
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("kinds", ProgramKind.values());
        return FORM;
    }

}
