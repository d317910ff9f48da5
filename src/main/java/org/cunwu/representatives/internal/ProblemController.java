package org.cunwu.representatives.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.representatives.ProblemService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.StatusChangeForm;
import org.cunwu.villages.PlaceFilters;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /problems: residents' problems and petitions, with their steps, filters for open, overdue and petitions, and exports. */
@Controller
@RequestMapping("/problems")
class ProblemController extends RecordFormController<Problem, ProblemForm> {

    private static final Map<String, String> SORTABLE = Map.of("reportedOn", "reportedOn", "resolvedOn", "resolvedOn",
            "village", "village.name", "status", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("reportedOn"), Sort.Order.desc("id"));
    // attributes only, so that a download reads these columns alone (a province's million problems)
    static final Columns<Problem> COLUMNS = Columns.of(Problem.class)
            .add("commitment.village", "village.name").add("problem.title", "title")
            .label("problem.source", "source", ProblemSource::messageKey)
            .dictionary("problem.category", "category")
            .yesNo("problem.petition", "petition").add("problem.reportedOn", "reportedOn")
            .label("problem.status", "status", ProblemStatus::messageKey).add("problem.resolvedOn", "resolvedOn")
            .add("problem.daysToResolve", "reportedOn", "resolvedOn", Problem::daysToResolve)
            .add("problem.resolutionNote", "resolutionNote");

    private final ProblemService problems;
    private final ReceptionService receptions;
    private final VisitService visits;
    private final RepresentativeService scope;
    private final VillageService villages;
    private final PlaceFilters places;
    private final HistoryService history;
    private final TableExporter exporter;

    private final FormSubmission submissions;

    ProblemController(ProblemService problems, ReceptionService receptions, VisitService visits, RepresentativeService scope, VillageService villages, PlaceFilters places,
            HistoryService history, TableExporter exporter, FormSubmission submissions) {
        super(RecordForms.saving("/problems", "problem", scope::requireCreate, ProblemForm::new,
                RecordForms.editableIf(problems::problem, r -> scope.canEdit(r.getVillage())), ProblemForm::of,
                problems::saveProblem).withFirstRecord(form -> problems.problemWithToken(form.getToken())), submissions);
        this.submissions = submissions;
        this.problems = problems;
        this.receptions = receptions;
        this.visits = visits;
        this.scope = scope;
        this.villages = villages;
        this.places = places;
        this.history = history;
        this.exporter = exporter;
    }

    private static ProblemService.ProblemFilter filter(FilterParameters p) {
        return new ProblemService.ProblemFilter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "commitment.village"),
                p.choice("status", ProblemStatus.class, "problem.status"), p.id("categoryId", "problem.category"),
                p.flag("petition", "problem.petition"), p.flag("open", "problem.filter.open"), p.flag("overdue", "commitment.overdue"),
                p.dates("reported"), p.dates("resolved"));
    }

    @GetMapping
    String listProblems(ListRequest list, Model model) {
        ProblemService.ProblemFilter filter = list.filter(ProblemController::filter, model);
        model.addAttribute("problems", problems.problems(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("categories", problems.categories());
        model.addAttribute("overdueDays", problems.overdueDays());
        model.addAttribute("canCreate", scope.canCreate());
        model.addAttribute("today", LocalDate.now());
        return "representatives/problems";
    }

    @GetMapping(params = "format")
    void exportProblems(ListRequest list, HttpServletResponse response) throws IOException {
        exporter.export(response, list.format(), "problem.list.title", COLUMNS,
                problems.forExport(list.filter(ProblemController::filter), list.sort(SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id}")
    String showProblem(@PathVariable Long id, Model model) {
        Problem problem = problems.problem(id);
        model.addAttribute("problem", problem);
        model.addAttribute("events", problems.eventsOf(problem));
        model.addAttribute("canEdit", scope.canEdit(problem.getVillage()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Problem.class, id));
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", StatusChangeForm.of(problem.getVersion(), LocalDate.now()));
        }
        return "representatives/problem-detail";
    }

    /** The creation form of a problem raised at a reception or on a visit, opened from its page. */
    @GetMapping(value = "/new", params = "receptionId")
    String initCreationForm(@RequestParam(required = false) Long receptionId, @RequestParam(required = false) Long visitId, Model model) {
        scope.requireCreate();
        ProblemForm form = new ProblemForm();
        if (receptionId != null) {
            Reception reception = receptions.reception(receptionId);
            form.setReceptionId(reception.getId());
            form.setVillageId(reception.getVillage().getId());
            form.setSource(ProblemSource.RECEPTION);
            form.setTitle(reception.getTopic());
            form.setDescription(reception.getResidentName() + "：" + reception.getTopic());
            form.setReportedOn(reception.getReceivedOn());
        }
        if (visitId != null) {
            HouseholdVisit visit = visits.visit(visitId);
            form.setVisitId(visit.getId());
            form.setVillageId(visit.getVillage().getId());
            form.setSource(ProblemSource.VISIT);
            form.setTitle(visit.getNotes());
            form.setDescription(visit.getHousehold().getHousehold() + "：" + (visit.getNotes() == null ? "" : visit.getNotes()));
            form.setReportedOn(visit.getVisitedOn());
        }
        return creationForm(form, model);
    }

    @GetMapping(value = "/new", params = {"visitId", "!receptionId"})
    String initCreationForm(@RequestParam(required = false) Long visitId, Model model) {
        return initCreationForm(null, visitId, model);
    }

    /** A step from the detail page; a refused step shows the page again with the user's input and the message beside its field. */
    @PostMapping("/{id}/status")
    String moveProblem(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showProblem(id, model))
                .run(() -> problems.moveProblem(id, form.getVersion(), form.status(ProblemStatus.class),
                        form.getOn(), form.getText()), "/problems/" + id, "problem.status.changed", redirect);
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("villageChoices", villages.formChoices(shownForm(model).getVillageId()).filter(scope::canEdit));
        model.addAttribute("villageFixed", scope.fixedVillageId() != null);
        model.addAttribute("categories", problems.categories());
        model.addAttribute("sources", ProblemSource.values());
        return "representatives/problem-form";
    }
}
