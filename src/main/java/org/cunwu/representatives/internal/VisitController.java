package org.cunwu.representatives.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import jakarta.validation.Valid;

import org.cunwu.representatives.PointService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.Paging;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /visits (联户走访) and /representatives/points (积分管理: rules and rankings). */
@Controller
class VisitController {

    private final VisitService visits;
    private final RepresentativeService representatives;
    private final PointService points;
    private final VillageService villages;
    private final HistoryService history;
    private final Paging paging;
    private final TableExporter exporter;

    private final FormSubmission submissions;

    VisitController(VisitService visits, RepresentativeService representatives, PointService points, VillageService villages,
            HistoryService history, Paging paging, TableExporter exporter, FormSubmission submissions) {
        this.submissions = submissions;
        this.exporter = exporter;
        this.visits = visits;
        this.representatives = representatives;
        this.points = points;
        this.villages = villages;
        this.history = history;
        this.paging = paging;
    }

    private static VisitFilter filter(FilterParameters p) {
        return new VisitFilter(p.id("villageId", "commitment.village"));
    }

    @GetMapping("/visits")
    String listVisits(@RequestParam(required = false) String page, ListRequest list, Model model) {
        VisitFilter filter = list.filter(VisitController::filter, model);
        model.addAttribute("visits", visits.visits(filter, paging.pageable(page, null, null, Map.of(),
                Sort.by(Sort.Order.desc("visitedOn"), Sort.Order.desc("id")))));
        model.addAttribute("villageChoices", villages.formChoices(filter.villageId()));
        model.addAttribute("canCreate", representatives.canCreate());
        return "representatives/visits";
    }

    @GetMapping(value = "/visits", params = "format")
    void exportVisits(ListRequest list, HttpServletResponse response) throws IOException {
        exporter.export(response, list.format(), "visit.list.title", Columns.of(HouseholdVisit.class)
                .add("visit.visitedOn", HouseholdVisit::getVisitedOn).add("commitment.village", v -> v.getVillage().getName())
                .add("visit.representative", v -> v.getRepresentative().getName())
                .add("visit.household", v -> v.getHousehold().getHousehold()).add("visit.notes", HouseholdVisit::getNotes),
                visits.forExport(list.filter(VisitController::filter), Sort.by(Sort.Order.desc("visitedOn"))));
    }

    @GetMapping("/visits/new")
    String initVisitForm(@RequestParam(required = false) Long representativeId, HttpServletRequest request, Model model) {
        representatives.requireCreate();
        VisitForm form = new VisitForm();
        form.setRepresentativeId(representativeId);
        model.addAttribute("form", form);
        return form(model, representativeId, new FilterParameters(request).id("villageId", "commitment.village"));
    }

    @PostMapping("/visits/new")
    String processVisitForm(@Valid @ModelAttribute("form") VisitForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        representatives.requireCreate();
        return submissions.of(result, () -> form(model, form.getRepresentativeId(), null))
                .firstRecord(() -> visits.visitWithToken(form.getToken()).map(first -> "/visits/" + first))
                .save(() -> visits.record(form), visit -> "/visits/" + visit.getId(), "visit.saved", redirect);
    }

    @GetMapping("/visits/{id}")
    String showVisit(@PathVariable Long id, Model model) {
        HouseholdVisit visit = visits.visit(id);
        model.addAttribute("visit", visit);
        model.addAttribute("canEdit", representatives.canEdit(visit.getVillage()));
        model.addAttribute("history", history.historyOf(HouseholdVisit.class, id));
        return "representatives/visit-detail";
    }

    @PostMapping("/visits/{id}/delete")
    String deleteVisit(@PathVariable Long id, RedirectAttributes redirect) {
        Long representativeId = visits.delete(id);
        redirect.addFlashAttribute("success", "visit.deleted");
        return "redirect:/representatives/" + representativeId;
    }

    @GetMapping("/representatives/points")
    String showPoints(HttpServletRequest request, Model model) {
        FilterParameters params = new FilterParameters(request);
        Long villageId = params.id("villageId", "commitment.village");
        model.addAttribute("unreadableFilters", params.unreadable());
        Long chosen = villageId != null ? villageId : representatives.fixedVillageId();
        model.addAttribute("rules", points.rules());
        model.addAttribute("canEditRules", points.canEditRules());
        model.addAttribute("villageChoices", villages.formChoices(chosen));
        model.addAttribute("villageId", chosen);
        model.addAttribute("ranking", chosen == null ? List.of() : points.rankingOfVillage(villages.get(chosen).getId()));
        // town staff also see their whole town's ranking
        Long townId = Access.fixedTownId();
        model.addAttribute("townRanking", townId == null ? List.of() : points.rankingOfTown(townId));
        return "representatives/points";
    }

    @PostMapping("/representatives/points/rules/{ruleId}")
    String changeRule(@PathVariable Long ruleId, @Valid @ModelAttribute("ruleForm") PointRuleForm form, BindingResult result,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        form.setRuleId(ruleId);
        return submissions.of(result, () -> showPoints(request, model)).allowedIf(points.canEditRules())
                .run(() -> points.changeRule(ruleId, form.getPoints()), "/representatives/points", "points.rule.saved", redirect);
    }

    /**
     * The visit's first step: the representatives of one village, the secretary's own or the one chosen (a village
     * field first, searchable where there are many), never those of every village the user may edit at once.
     */
    private void chooseRepresentative(Model model, Long requestedVillage) {
        Long villageId = representatives.fixedVillageId() != null ? representatives.fixedVillageId() : requestedVillage;
        if (representatives.fixedVillageId() == null) {
            model.addAttribute("villageChoices", villages.formChoices(villageId).filter(representatives::canEdit));
        }
        Village village = villageId == null ? null : villages.get(villageId);
        model.addAttribute("villageId", villageId);
        model.addAttribute("representativeChoices", village == null || !representatives.canEdit(village) ? List.of()
                : representatives.representativesOf(village));
    }

    private String form(Model model, Long representativeId, Long villageId) {
        if (representativeId == null) {
            chooseRepresentative(model, villageId);
        }
        model.addAttribute("householdChoices", representativeId == null ? List.of()
                : representatives.householdsOf(representatives.representative(representativeId)));
        model.addAttribute("today", LocalDate.now());
        return "representatives/visit-form";
    }
}
