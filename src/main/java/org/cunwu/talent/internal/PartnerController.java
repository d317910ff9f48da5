package org.cunwu.talent.internal;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.shared.export.BatchCounts;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.villages.PlaceFilters;
import org.cunwu.villages.VillageService;
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

/** /talent/partners: "partner" projects open for recruitment, the applications they received and their steps. */
@Controller
@RequestMapping("/talent/partners")
class PartnerController extends RecordFormController<PartnerProject, PartnerForm> {

    private static final String FORM = "talent/partner-form";
    private static final String DETAIL = "talent/partner-detail";
    private static final Map<String, String> SORTABLE = Map.of("title", "title", "village", "village.name",
            "investmentWan", "investmentWan", "openFrom", "openFrom", "openTo", "openTo", "status", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("openFrom"), Sort.Order.asc("id"));

    private final PartnerService partners;
    private final VillageService villages;
    private final PlaceFilters places;
    private final HistoryService history;
    private final TableExporter exporter;
    private final Clock clock;

    private final FormSubmission submissions;

    PartnerController(PartnerService partners, VillageService villages, PlaceFilters places, HistoryService history,
            TableExporter exporter, Clock clock, FormSubmission submissions) {
        super(RecordForms.saving("/talent/partners", "partner", RecordForms.allowedIf(partners::canCreate, "create partner projects"), () -> {
                    PartnerForm form = new PartnerForm();
                    form.setOpenFrom(LocalDate.now(clock));
                    return form;
                }, RecordForms.editableIf(partners::get, partners::canEdit), PartnerForm::of, partners::save), submissions);
        this.submissions = submissions;
        this.partners = partners;
        this.villages = villages;
        this.places = places;
        this.history = history;
        this.exporter = exporter;
        this.clock = clock;
    }

    @GetMapping
    String listPartners(ListRequest list, Model model) {
        PartnerFilter filter = list.filter(PartnerFilter::of, model);
        Page<PartnerProject> rows = partners.list(filter, list.pageable(SORTABLE, DEFAULT_SORT));
        model.addAttribute("partners", rows);
        model.addAttribute("counts", partners.applicationCounts(rows.getContent()));
        model.addAttribute("statuses", PartnerStatus.values());
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("canCreate", partners.canCreate());
        return "talent/partners";
    }

    @GetMapping(params = "format")
    void exportPartners(ListRequest list, HttpServletResponse response) throws IOException {
        PartnerFilter filter = list.filter(PartnerFilter::of);
        BatchCounts<PartnerProject> applications = new BatchCounts<>(partners::applicationCounts);
        LocalDate today = LocalDate.now(clock);
        exporter.export(response, list.format(), "partner.list.title", Columns.of(PartnerProject.class)
                .add("partner.title", PartnerProject::getTitle).add("partner.town", p -> p.getVillage().getTown().getName())
                .add("partner.village", p -> p.getVillage().getName()).add("partner.field", PartnerProject::getField)
                .add("partner.investment.withUnit", PartnerProject::getInvestmentWan).add("partner.openFrom", PartnerProject::getOpenFrom)
                .add("partner.openTo", PartnerProject::getOpenTo).label("partner.status", p -> p.statusKey(today))
                .add("partner.applicationCount", applications::of)
                .add("partner.description", PartnerProject::getDescription),
                partners.forExport(filter, list.sort(SORTABLE, DEFAULT_SORT)), applications);
    }

    @GetMapping("/{id:\\d+}")
    String showPartner(@PathVariable Long id, Model model) {
        PartnerProject project = partners.get(id);
        model.addAttribute("applicationForm", ApplicationForm.submittedOn(dayWithin(project)));
        return detail(project, model);
    }

    @PostMapping("/{id:\\d+}/applications")
    String apply(@PathVariable Long id, @Valid @ModelAttribute("applicationForm") ApplicationForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        PartnerProject project = partners.get(id);
        return submissions.of(result, () -> detail(project, model)).allowedIf(partners.canEdit(project))
                .run(() -> partners.apply(id, form), "/talent/partners/" + id, "application.added", redirect);
    }

    @PostMapping("/{id:\\d+}/applications/{applicationId:\\d+}/status")
    String moveApplication(@PathVariable Long id, @PathVariable Long applicationId,
            @Valid @ModelAttribute("applicationStatusForm") ApplicationStatusForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        PartnerProject project = partners.get(id);
        form.setApplicationId(applicationId);
        model.addAttribute("applicationForm", ApplicationForm.submittedOn(dayWithin(project)));
        return submissions.of(result, () -> detail(project, model)).allowedIf(partners.canEdit(project))
                .run(() -> partners.moveApplication(id, applicationId, form.getVersion(), form.getStatus(), form.getReason()),
                        "/talent/partners/" + id, "application.moved", redirect);
    }

    /**
     * The suggested day of a new application: today, as applications are recorded when they come in (a day outside the
     * recruitment period is refused with its reason rather than moved silently to the deadline).
     */
    private LocalDate dayWithin(PartnerProject project) {
        return LocalDate.now(clock);
    }

    private String detail(PartnerProject project, Model model) {
        model.addAttribute("partner", project);
        model.addAttribute("applications", partners.applicationsOf(project));
        model.addAttribute("canEdit", partners.canEdit(project));
        model.addAttribute("newApplicationStatusForm", new ApplicationStatusForm());
        model.addAttribute("history", HistoryService.newestFirst(history.historyOf(PartnerProject.class, project.getId()),
                history.historyOfParts(PartnerApplication.class, "project", project.getId(), null)));
        return DETAIL;
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("villageChoices", villages.editableChoices(shownForm(model).getVillageId()));
        model.addAttribute("statuses", PartnerStatus.values());
        return FORM;
    }
}
