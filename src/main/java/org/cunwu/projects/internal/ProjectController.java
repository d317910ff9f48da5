package org.cunwu.projects.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.projects.ProjectService;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.PlaceFilters;
import org.cunwu.villages.VillageService;
import org.springframework.context.i18n.LocaleContextHolder;
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

/** /projects: the list with its filters and exports, a project's page, and its forms. */
@Controller
@RequestMapping("/projects")
class ProjectController extends RecordFormController<Project, ProjectForm> {

    private static final String FORM = "projects/form";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "leadVillage", "leadVillage.name",
            "startedOn", "startedOn", "investmentWan", "investmentWan", "landMu", "landMu", "status", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("startedOn"), Sort.Order.asc("name"));
    static final Columns<Project> COLUMNS = Columns.of(Project.class).add("project.name", Project::getName)
            .add("project.category", p -> p.getCategory().name(LocaleContextHolder.getLocale()))
            .add("project.leadVillage", p -> p.getLeadVillage().getName())
            .add("project.town", p -> p.getLeadVillage().getTown().getName())
            .names("project.partners", p -> p.getPartners().stream().map(pp -> pp.getVillage().getName()).toList())
            .label("project.cooperationModel", p -> p.getCooperationModel().messageKey())
            .add("project.investment.withUnit", Project::getInvestmentWan).add("project.land.withUnit", Project::getLandMu)
            .add("project.incomePerVillage.withUnit", Project::getIncomePerVillage).yesNo("project.operating", Project::isOperating)
            .label("project.status", p -> p.getStatus().messageKey()).add("project.startedOn", Project::getStartedOn)
            .add("project.finishedOn", Project::getFinishedOn).yesNo("project.keySupervised", Project::isKeySupervised)
            .add("project.zone", p -> p.getZone() == null ? null : p.getZone().getName());

    private final ProjectService projects;
    private final VillageService villages;
    private final PlaceFilters places;
    private final DemonstrationZoneService zones;
    private final HistoryService history;
    private final TableExporter exporter;

    private final FormSubmission submissions;

    ProjectController(ProjectService projects, VillageService villages, PlaceFilters places, DemonstrationZoneService zones,
            HistoryService history, TableExporter exporter, FormSubmission submissions) {
        super(RecordForms.creating("/projects", "project", RecordForms.allowedIf(projects::canCreate, "create projects"), ProjectForm::new,
                RecordForms.editableIf(projects::get, projects::canEdit), ProjectForm::of, form -> projects.create(form.details()),
                (id, form) -> projects.update(id, form.getVersion(), form.details())), submissions);
        this.submissions = submissions;
        this.projects = projects;
        this.villages = villages;
        this.places = places;
        this.zones = zones;
        this.history = history;
        this.exporter = exporter;
    }

    @GetMapping
    String listProjects(ListRequest list, Model model) {
        ProjectFilter filter = list.filter(ProjectFilter::of, model);
        model.addAttribute("projects", projects.list(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("categories", projects.categories());
        model.addAttribute("zones", zones.choices(filter.zoneId()));
        model.addAttribute("canCreate", projects.canCreate());
        return "projects/list";
    }

    @GetMapping(params = "format")
    void exportProjects(ListRequest list, HttpServletResponse response) throws IOException {
        ProjectFilter selection = list.filter(ProjectFilter::of);
        exporter.export(response, list.format(), "project.list.title", COLUMNS,
                projects.forExport(selection, list.sort(SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id}")
    String showProject(@PathVariable Long id, Model model) {
        Project project = projects.get(id);
        model.addAttribute("project", project);
        model.addAttribute("progress", projects.progressOf(project));
        model.addAttribute("statusChanges", projects.statusChangesOf(project));
        model.addAttribute("canEdit", projects.canEdit(project));
        model.addAttribute("canAddProgress", projects.canAddProgress(project));
        model.addAttribute("partnerChoices", villages.anyChoices(model.getAttribute("partnerForm") instanceof PartnerForm f
                ? Collections.singletonList(f.getVillageId()) : null));
        model.addAttribute("partnerRoles", PartnerRole.values());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Project.class, id));
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", ProjectStatusForm.of(project, LocalDate.now()));
        }
        if (!model.containsAttribute("partnerForm")) {
            model.addAttribute("partnerForm", new PartnerForm());
        }
        if (!model.containsAttribute("progressForm")) {
            model.addAttribute("progressForm", ProgressForm.of(LocalDate.now()));
        }
        return "projects/detail";
    }

    @PostMapping("/{id}/status")
    String changeStatus(@PathVariable Long id, @Valid @ModelAttribute("statusForm") ProjectStatusForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showProject(id, model))
                .run(() -> projects.changeStatus(id, form.getVersion(), form.getStatus(), form.getChangedOn(), form.getReason()),
                        "/projects/" + id, "project.status.changed", redirect);
    }

    @PostMapping("/{id}/partners")
    String addPartner(@PathVariable Long id, @Valid @ModelAttribute("partnerForm") PartnerForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showProject(id, model))
                .allowedIf(projects.canEdit(projects.get(id)))
                .run(() -> projects.addPartner(id, form.getVillageId(), form.getRole(), form.getLandMu(), form.getNote()),
                        "/projects/" + id, "project.partner.added", redirect);
    }

    @PostMapping("/{id}/partners/{partnerId}/delete")
    String removePartner(@PathVariable Long id, @PathVariable Long partnerId, RedirectAttributes redirect) {
        projects.removePartner(id, partnerId);
        redirect.addFlashAttribute("success", "project.partner.removed");
        return "redirect:/projects/" + id;
    }

    @PostMapping("/{id}/progress")
    String addProgress(@PathVariable Long id, @Valid @ModelAttribute("progressForm") ProgressForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showProject(id, model)).allowedIf(projects.canAddProgress(projects.get(id)))
                .run(() -> projects.addProgress(id, form.getEntryDate(), form.getText()), "/projects/" + id, "project.progress.added",
                        redirect);
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("categories", projects.categories());
        ProjectForm form = shownForm(model);
        model.addAttribute("leadChoices", villages.editableChoices(form.getLeadVillageId()));
        model.addAttribute("zones", zones.choices(form.getZoneId()));
        model.addAttribute("models", CooperationModel.values());
        return FORM;
    }
}
