package org.cunwu.villages;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.springframework.security.access.AccessDeniedException;
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

/** /clusters: clusters (片区) with their member counts, a cluster's page with its members, and the forms of district staff. */
@Controller
@RequestMapping("/clusters")
class ClusterController {

    private static final String FORM = "villages/cluster-form";

    private final ClusterService clusters;
    private final TownService towns;
    private final VillageService villages;
    private final HistoryService history;

    private final List<GroupSection> groupSections;

    private final TableExporter exporter;

    private final FormSubmission submissions;

    ClusterController(ClusterService clusters, TownService towns, VillageService villages, HistoryService history,
            List<GroupSection> groupSections, TableExporter exporter, FormSubmission submissions) {
        this.submissions = submissions;
        this.exporter = exporter;
        this.groupSections = groupSections.stream().sorted(Comparator.comparingInt(GroupSection::order)).toList();
        this.clusters = clusters;
        this.towns = towns;
        this.villages = villages;
        this.history = history;
    }

    @GetMapping
    String listClusters(@RequestParam(required = false) String q, Model model) {
        model.addAttribute("clusters", selected(q));
        model.addAttribute("q", q);
        model.addAttribute("memberCounts", clusters.memberCounts());
        model.addAttribute("canManage", clusters.canManage());
        return "villages/clusters";
    }

    @GetMapping(params = "format")
    void exportClusters(@RequestParam(required = false) String q, @RequestParam String format, HttpServletResponse response)
            throws IOException {
        Map<Long, Long> counts = clusters.memberCounts();
        // the columns of the screen, towns in code order as there
        exporter.export(response, format, "cluster.list.title", Columns.of(Cluster.class).add("cluster.name", Cluster::getName)
                .names("cluster.towns", c -> c.getTownsByCode().stream().map(Town::getName).toList())
                .add("cluster.planTitle", Cluster::getPlanTitle).add("cluster.partyCommittee", Cluster::getPartyCommittee)
                .add("cluster.memberCount", c -> counts.getOrDefault(c.getId(), 0L)), selected(q)::forEach);
    }

    private List<Cluster> selected(String q) {
        return clusters.list().stream().filter(c -> TextMatch.matches(q, c.getName(), c.getPlanTitle(), c.getPartyCommittee())).toList();
    }

    @GetMapping("/{id}")
    String showCluster(@PathVariable Long id, Model model) {
        Cluster cluster = clusters.get(id);
        model.addAttribute("cluster", cluster);
        List<Village> members = villages.membersOf(cluster);
        model.addAttribute("members", members);
        model.addAttribute("sections", groupSections.stream()
                .map(g -> new DossierSection.View(g.template(), g.fragment(), g.forCluster(cluster, members))).toList());
        model.addAttribute("canManage", clusters.canManage());
        model.addAttribute("history", history.historyOf(Cluster.class, id));
        return "villages/cluster-detail";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        requireManager();
        model.addAttribute("form", ClusterForm.empty());
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") ClusterForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requireManager();
        return submissions.of(result, () -> form(model))
                .save(() -> clusters.create(form.details()), saved -> "/clusters/" + saved.getId(), "cluster.created", redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Cluster cluster = clusters.get(id);
        requireManager();
        model.addAttribute("cluster", cluster);
        model.addAttribute("form", ClusterForm.of(cluster));
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") ClusterForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        model.addAttribute("cluster", clusters.get(id));
        requireManager();
        return submissions.of(result, () -> form(model))
                .run(() -> clusters.update(id, form.getVersion(), form.details()), "/clusters/" + id, "cluster.saved", redirect);
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            clusters.delete(id, version);
        } catch (RecordInUseException e) {
            redirect.addFlashAttribute("error", "cluster.delete.inUse");
            return "redirect:/clusters/" + id;
        }
        redirect.addFlashAttribute("success", "cluster.deleted");
        return "redirect:/clusters";
    }

    private String form(Model model) {
        model.addAttribute("towns", towns.list());
        return FORM;
    }

    private void requireManager() {
        if (!clusters.canManage()) {
            throw new AccessDeniedException("may not change clusters");
        }
    }
}
