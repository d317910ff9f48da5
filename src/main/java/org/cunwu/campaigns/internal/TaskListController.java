package org.cunwu.campaigns.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.campaigns.CampaignService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.Paging;
import org.cunwu.villages.TownService;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * /campaigns/tasks: the tasks of every campaign in one list, to follow what is due and overdue across the district
 * and to open the tasks a report counts (completed in a period, in a town or village); paged, sorted, exported.
 */
@Controller
@RequestMapping("/campaigns/tasks")
class TaskListController {

    private static final Map<String, String> SORTABLE = Map.of("title", "title", "campaign", "campaign.name", "owner", "owner",
            "dueDate", "dueDate", "status", "status", "completedOn", "completedOn");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.asc("dueDate").nullsLast(), Sort.Order.asc("id"));

    private final CampaignService campaigns;
    private final TownService towns;
    private final VillageService villages;
    private final Paging paging;
    private final TableExporter exporter;

    TaskListController(CampaignService campaigns, TownService towns, VillageService villages, Paging paging, TableExporter exporter) {
        this.campaigns = campaigns;
        this.towns = towns;
        this.villages = villages;
        this.paging = paging;
        this.exporter = exporter;
    }

    @GetMapping
    String listTasks(ListRequest list, Model model) {
        TaskFilter filter = list.filter(TaskFilter::of, model);
        Page<Task> tasks = campaigns.tasks(filter, list.pageable(SORTABLE, DEFAULT_SORT));
        model.addAttribute("tasks", tasks);
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("campaignChoices", campaigns.list(null));
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("villageChoices", villages.filterChoices(filter.townId(), filter.villageId()));
        model.addAttribute("today", campaigns.today());
        return "campaigns/tasks";
    }

    @GetMapping(params = "format")
    void exportTasks(@RequestParam String format, @RequestParam(required = false) String sort, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        TaskFilter filter = TaskFilter.of(new FilterParameters(request));
        exporter.export(response, format, "task.list.title", TaskSheet.columns(campaigns.today(), true),
                action -> campaigns.forEachTask(filter, paging.sort(sort, SORTABLE, DEFAULT_SORT), action));
    }
}
