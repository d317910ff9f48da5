package org.cunwu.campaigns.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.campaigns.CampaignService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.villages.VillageService;
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

/** /campaigns: the campaigns of each year, a campaign's progress and results, and the district's forms. */
@Controller
@RequestMapping("/campaigns")
class CampaignController extends RecordFormController<Campaign, CampaignForm> {

    private final CampaignService campaigns;
    private final VillageService villages;
    private final HistoryService history;
    private final TableExporter exporter;

    private final FormSubmission submissions;

    CampaignController(CampaignService campaigns, VillageService villages, HistoryService history, TableExporter exporter, FormSubmission submissions) {
        super(RecordForms.creating("/campaigns", "campaign", RecordForms.allowedIf(campaigns::canManage, "change campaigns"), () -> {
                    CampaignForm form = new CampaignForm();
                    form.setYear(LocalDate.now().getYear());
                    return form;
                }, RecordForms.after(RecordForms.allowedIf(campaigns::canManage, "change campaigns"), campaigns::get), CampaignForm::of,
                form -> campaigns.create(form.getName(), form.getYear(), form.getDescription(), form.getVillageIds(), form.getMeasures()),
                (id, form) -> campaigns.update(id, form.getVersion(), form.getName(), form.getYear(), form.getDescription(),
                        form.getVillageIds(), form.getMeasures())), submissions);
        this.submissions = submissions;
        this.campaigns = campaigns;
        this.villages = villages;
        this.history = history;
        this.exporter = exporter;
    }

    @InitBinder({"form", "taskForm"})
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    @GetMapping
    String listCampaigns(HttpServletRequest request, Model model) {
        FilterParameters params = new FilterParameters(request);
        Integer chosen = params.integer("year", "campaign.year");
        model.addAttribute("unreadableFilters", params.unreadable());
        model.addAttribute("campaigns", campaigns.list(chosen));
        model.addAttribute("villageCounts", campaigns.villageCounts());
        model.addAttribute("year", chosen);
        model.addAttribute("canManage", campaigns.canManage());
        return "campaigns/list";
    }

    @GetMapping("/{id}")
    String showCampaign(@PathVariable Long id, Model model) {
        Campaign campaign = campaigns.get(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("directions", campaigns.directionsOf(campaign));
        model.addAttribute("progress", campaigns.progressByDirection(campaign));
        model.addAttribute("tasks", campaigns.tasksOf(campaign));
        model.addAttribute("results", campaigns.resultsOf(campaign));
        model.addAttribute("canManage", campaigns.canManage());
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Campaign.class, id));
        if (!model.containsAttribute("directionForm")) {
            model.addAttribute("directionForm", new DirectionForm());
        }
        model.addAttribute("newTaskStatusForm", TaskStatusForm.blank(LocalDate.now()));
        return "campaigns/detail";
    }

    @GetMapping(value = "/{id}", params = "format")
    void exportTasks(@PathVariable Long id, @RequestParam String format, HttpServletResponse response) throws IOException {
        Campaign campaign = campaigns.get(id);
        List<Task> list = campaigns.tasksOf(campaign);
        exporter.export(response, format, campaign.getName(), TaskSheet.columns(campaigns.today(), false), list::forEach);
    }

    @PostMapping("/{id}/directions")
    String addDirection(@PathVariable Long id, @Valid @ModelAttribute("directionForm") DirectionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showCampaign(id, model)).allowedIf(campaigns.canManage())
                .run(() -> campaigns.addDirection(id, form.getName()), "/campaigns/" + id, "direction.added", redirect);
    }

    @GetMapping("/{id}/tasks/new")
    String initTaskCreationForm(@PathVariable Long id, Model model) {
        requireManager();
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("taskForm", new TaskForm());
        return taskForm(model);
    }

    @PostMapping("/{id}/tasks/new")
    String processTaskCreationForm(@PathVariable Long id, @Valid @ModelAttribute("taskForm") TaskForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return saveTask(id, null, form, result, model, redirect);
    }

    @GetMapping("/{id}/tasks/{taskId}/edit")
    String initTaskUpdateForm(@PathVariable Long id, @PathVariable Long taskId, Model model) {
        requireManager();
        Task task = campaigns.task(id, taskId);
        model.addAttribute("campaign", campaigns.get(id));
        model.addAttribute("task", task);
        model.addAttribute("taskForm", TaskForm.of(task));
        model.addAttribute("events", campaigns.eventsOf(task));
        return taskForm(model);
    }

    @PostMapping("/{id}/tasks/{taskId}/edit")
    String processTaskUpdateForm(@PathVariable Long id, @PathVariable Long taskId, @Valid @ModelAttribute("taskForm") TaskForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Task task = campaigns.task(id, taskId);
        model.addAttribute("task", task);
        model.addAttribute("events", campaigns.eventsOf(task));
        return saveTask(id, taskId, form, result, model, redirect);
    }

    private String saveTask(Long id, Long taskId, TaskForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        requireManager();
        model.addAttribute("campaign", campaigns.get(id));
        return submissions.of(result, () -> taskForm(model))
                .run(() -> campaigns.saveTask(id, taskId, form.getVersion(), form.getDirectionId(), form.getTitle(), form.getOwner(),
                        form.getDueDate(), form.getVillageIds()), "/campaigns/" + id, "task.saved", redirect);
    }

    @PostMapping("/{id}/tasks/{taskId}/status")
    String changeTaskStatus(@PathVariable Long id, @PathVariable Long taskId,
            @Valid @ModelAttribute("taskStatusForm") TaskStatusForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        campaigns.task(id, taskId);
        form.setTaskId(taskId);
        return submissions.of(result, () -> showCampaign(id, model)).allowedIf(campaigns.canManage())
                .run(() -> campaigns.changeTaskStatus(id, taskId, form.getVersion(), form.getStatus(), form.getChangedOn(),
                        form.getReason()), "/campaigns/" + id, "task.status.changed", redirect);
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("villageChoices", villages.anyChoices(model.getAttribute("form") instanceof CampaignForm f ? f.getVillageIds() : null));
        model.addAttribute("measureChoices", ResultMeasure.values());
        return "campaigns/form";
    }

    private String taskForm(Model model) {
        Campaign campaign = (Campaign) model.getAttribute("campaign");
        model.addAttribute("directions", campaigns.directionsOf(campaign));
        model.addAttribute("villageChoices", campaign.getVillages());
        return "campaigns/task-form";
    }

    private void requireManager() {
        if (!campaigns.canManage()) {
            throw new AccessDeniedException("may not change campaigns");
        }
    }
}
