package org.cunwu.villages.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.villages.Cluster;
import org.cunwu.villages.GroupSection;
import org.cunwu.villages.Town;
import org.cunwu.villages.TownService;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /clusters: clusters (片区) with their member counts, a cluster's page with its members, and the forms of district staff. */
@Controller
@RequestMapping("/clusters")
class ClusterController extends VillageGroupController<Cluster, ClusterForm> {

    private final ClusterService clusters;
    private final TownService towns;
    private final VillageService villages;

    ClusterController(ClusterService clusters, TownService towns, VillageService villages, HistoryService history,
            List<GroupSection> groupSections, TableExporter exporter, FormSubmission submissions) {
        super("/clusters", "cluster", Cluster.class, clusters, history, groupSections, exporter, submissions);
        this.clusters = clusters;
        this.towns = towns;
        this.villages = villages;
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
        List<Village> members = villages.membersOf(cluster);
        model.addAttribute("members", members);
        return detail(cluster, g -> g.forCluster(cluster, members), model);
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

    @Override
    ClusterForm formOf(Cluster cluster) {
        return cluster == null ? ClusterForm.empty() : ClusterForm.of(cluster);
    }

    @Override
    Cluster save(Long id, ClusterForm form) {
        return id == null ? clusters.create(form.details()) : clusters.update(id, form.getVersion(), form.details());
    }

    @Override
    String form(Model model) {
        model.addAttribute("towns", towns.list());
        return "villages/cluster-form";
    }
}
