package org.cunwu.evaluations.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.reports.PdfRenderer;
import org.cunwu.representatives.CommitmentRef;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.export.ExportFormat;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.villages.Town;
import org.cunwu.villages.TownService;
import org.cunwu.villages.Village;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * /evaluations: the list, opening a year's evaluation, and its results for the district (by town), a town (by village) and
 * a village (each commitment with its votes) on screen, printed, as PDF and as xlsx; the district's close.
 */
@Controller
class EvaluationController {

    private final EvaluationService service;
    private final EvaluationResults results;
    private final TownService towns;
    private final HistoryService history;
    private final FormSubmission submissions;
    private final PdfRenderer pdfs;
    private final TableExporter exporter;
    private final MessageSource messages;

    EvaluationController(EvaluationService service, EvaluationResults results, TownService towns, HistoryService history,
            FormSubmission submissions, PdfRenderer pdfs, TableExporter exporter, MessageSource messages) {
        this.service = service;
        this.results = results;
        this.towns = towns;
        this.history = history;
        this.submissions = submissions;
        this.pdfs = pdfs;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping("/evaluations")
    String listEvaluations(Model model) {
        model.addAttribute("evaluations", service.list());
        model.addAttribute("canOpen", service.canOpen());
        model.addAttribute("today", service.today());
        return "evaluations/list";
    }

    @GetMapping("/evaluations/new")
    String initCreationForm(Model model) {
        if (!service.canOpen()) {
            throw new AccessDeniedException("may not open an evaluation");
        }
        EvaluationForm form = new EvaluationForm();
        form.setYear(service.today().getYear() - 1);
        form.setTitle(messages.getMessage("evaluation.titleDefault", new Object[] {String.valueOf(form.getYear())}, LocaleContextHolder.getLocale()));
        form.setClosesOn(service.today().plusDays(30));
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/evaluations/new")
    String processCreationForm(@Valid @ModelAttribute("form") EvaluationForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        return submissions.of(result, () -> form(model)).allowedIf(service.canOpen())
                .firstRecord(() -> service.evaluationWithToken(form.getToken()).map(id -> "/evaluations/" + id))
                .save(() -> service.open(form), saved -> "/evaluations/" + saved.getId(), "evaluation.opened", redirect);
    }

    private String form(Model model) {
        model.addAttribute("rules", GradeRule.values());
        return "evaluations/form";
    }

    /** The results of the user's scope: the district by town, a town's staff their town by village ({@code townId} drills down). */
    @GetMapping("/evaluations/{id}")
    String showEvaluation(@PathVariable Long id, @RequestParam(required = false) Long townId, Model model) {
        Evaluation evaluation = service.get(id);
        model.addAllAttributes(resultsOf(evaluation, scopeTown(townId)));
        model.addAttribute("canClose", service.canOpen() && evaluation.getClosedAt() == null);
        model.addAttribute("history", history.historyOf(Evaluation.class, id));
        return "evaluations/detail";
    }

    @GetMapping(value = "/evaluations/{id}", params = "format")
    void exportEvaluation(@PathVariable Long id, @RequestParam(required = false) Long townId, @RequestParam String format,
            HttpServletResponse response) throws IOException {
        Evaluation evaluation = service.get(id);
        Map<String, Object> model = resultsOf(evaluation, scopeTown(townId));
        if ("pdf".equals(format)) {
            model.put("pdf", true);
            pdfs.respond("evaluations/results-pdf", model, LocaleContextHolder.getLocale(),
                    "evaluation-" + evaluation.getYear() + (townId == null ? "" : "-town-" + townId), response);
            return;
        }
        @SuppressWarnings("unchecked")
        List<EvaluationResults.Counts> rows = (List<EvaluationResults.Counts>) model.get("breakdown");
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("evaluation.results.sheet"),
                countHeaders(townId == null && Access.seesEverything() ? "evaluation.town" : "evaluation.village"),
                sink -> rows.forEach(c -> sink.row(countCells(c))));
    }

    /** A village's results: each commitment with its grade and votes, its representatives' shares and talks. */
    @GetMapping("/evaluations/{id}/villages/{villageId}")
    String showVillage(@PathVariable Long id, @PathVariable Long villageId, Model model) {
        Evaluation evaluation = service.get(id);
        model.addAllAttributes(villageResults(evaluation, service.village(villageId)));
        return "evaluations/village";
    }

    @GetMapping(value = "/evaluations/{id}/villages/{villageId}", params = "format")
    void exportVillage(@PathVariable Long id, @PathVariable Long villageId, @RequestParam String format, HttpServletResponse response)
            throws IOException {
        Evaluation evaluation = service.get(id);
        Village village = service.village(villageId);
        Map<String, Object> model = villageResults(evaluation, village);
        if ("pdf".equals(format)) {
            model.put("pdf", true);
            pdfs.respond("evaluations/results-pdf", model, LocaleContextHolder.getLocale(),
                    "evaluation-" + evaluation.getYear() + "-village-" + villageId, response);
            return;
        }
        @SuppressWarnings("unchecked")
        List<EvaluationItem> items = (List<EvaluationItem>) model.get("items");
        @SuppressWarnings("unchecked")
        Map<Long, List<Vote>> votes = (Map<Long, List<Vote>>) model.get("votes");
        @SuppressWarnings("unchecked")
        Map<Long, CommitmentRef> commitments = (Map<Long, CommitmentRef>) model.get("commitments");
        @SuppressWarnings("unchecked")
        Map<Long, String> voters = (Map<Long, String>) model.get("voters");
        List<String> headers = new ArrayList<>();
        for (String key : List.of("evaluation.commitment.pledgedBy", "evaluation.commitment.content", "evaluation.grade",
                "evaluation.rater.TOWN", "evaluation.rater.SECRETARY", "evaluation.votes.panel", "evaluation.votes.comments")) {
            headers.add(message(key));
        }
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("evaluation.results.sheet"), headers,
                sink -> items.forEach(item -> {
                    List<Vote> of = votes.getOrDefault(item.getId(), List.of());
                    List<Object> cells = new ArrayList<>();
                    cells.add(commitments.get(item.getCommitmentId()).pledgedBy());
                    cells.add(commitments.get(item.getCommitmentId()).content());
                    cells.add(item.getGrade() == null ? message("evaluation.grade.none") : message(item.getGrade().messageKey()));
                    cells.add(gradeOf(of, Rater.TOWN));
                    cells.add(gradeOf(of, Rater.SECRETARY));
                    cells.add(String.join("、", of.stream().filter(v -> v.getRater() == Rater.PANEL)
                            .map(v -> voters.get(v.getPanelMemberId()) + "：" + message(v.getGrade().messageKey())).toList()));
                    cells.add(String.join("；", of.stream().filter(v -> v.getComment() != null).map(Vote::getComment).toList()));
                    sink.row(cells);
                }));
    }

    @PostMapping("/evaluations/{id}/close")
    String closeEvaluation(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        if (!service.canOpen()) {
            throw new AccessDeniedException("may not close an evaluation");
        }
        service.close(id, version);
        redirect.addFlashAttribute(FormSubmission.SUCCESS, "evaluation.closedNow");
        return "redirect:/evaluations/" + id;
    }

    /** The town asked for, when the user may read its page; a secretary's or another town's staff's answer is not found. */
    private Town scopeTown(Long townId) {
        if (townId == null) {
            Long own = Access.fixedTownId();
            return own == null ? null : towns.get(own);
        }
        if (!Access.canSeeTown(townId, () -> null)) {
            throw new RecordNotFoundException("town", townId);
        }
        return towns.get(townId);
    }

    private Map<String, Object> resultsOf(Evaluation evaluation, Town town) {
        Map<String, Object> model = new HashMap<>();
        Long townId = town == null ? null : town.getId();
        model.put("evaluation", evaluation);
        model.put("today", service.today());
        model.put("closed", evaluation.isClosed(service.today()));
        model.put("town", town);
        model.put("total", results.total(evaluation, townId, null));
        // the district reads its towns; a town (its staff's own, or one the district drills into) its villages;
        // a secretary their own village only
        model.put("byTown", town == null && Access.seesEverything());
        model.put("breakdown", town == null && !Access.seesEverything() ? results.breakdownOfVillages(evaluation)
                : results.breakdown(evaluation, townId));
        model.put("escalated", results.representatives(evaluation, townId, null, true));
        model.put("scopeName", town != null ? town.getName() : message(Access.seesEverything() ? "evaluation.scope.district" : "evaluation.scope.own"));
        model.put("pdfTitle", evaluation.getTitle());
        model.put("pdf", false);
        return model;
    }

    private Map<String, Object> villageResults(Evaluation evaluation, Village village) {
        Map<String, Object> model = new HashMap<>();
        List<EvaluationItem> items = service.itemsOf(evaluation, village);
        model.put("evaluation", evaluation);
        model.put("today", service.today());
        model.put("closed", evaluation.isClosed(service.today()));
        model.put("village", village);
        Map<Long, List<Vote>> votes = service.votesOf(items);
        model.put("items", items);
        model.put("commitments", service.commitmentsOf(items));
        model.put("votes", votes);
        model.put("voters", service.voterNamesOf(votes));
        model.put("total", results.total(evaluation, null, village.getId()));
        model.put("representatives", results.representatives(evaluation, null, village.getId(), false));
        model.put("seats", service.seatsOf(village));
        model.put("canRecordPanel", service.canRecordPanel(village));
        model.put("canRecordTalks", service.canRecordTalks(village.getTown().getId(), village.getId()));
        model.put("scopeName", village.getTown().getName() + village.getName());
        model.put("pdfTitle", evaluation.getTitle());
        model.put("pdf", false);
        return model;
    }

    private List<String> countHeaders(String nameKey) {
        List<String> headers = new ArrayList<>();
        for (String key : List.of(nameKey, "evaluation.count.commitments", "evaluation.count.graded", "evaluation.grade.EXCELLENT",
                "evaluation.grade.QUALIFIED", "evaluation.grade.FAILED", "evaluation.count.failedPercent", "evaluation.count.votes")) {
            headers.add(message(key));
        }
        return headers;
    }

    private static List<Object> countCells(EvaluationResults.Counts c) {
        return List.of(c.name(), c.commitments(), c.graded(), c.excellent(), c.qualified(), c.failed(), c.failedPercent(), c.votes());
    }

    private String gradeOf(List<Vote> votes, Rater rater) {
        return votes.stream().filter(v -> v.getRater() == rater).findFirst().map(v -> message(v.getGrade().messageKey())).orElse(null);
    }

    private String message(String key) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, null, key, locale);
    }
}
