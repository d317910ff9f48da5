package org.cunwu.villages;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /zones: demonstration zones (示范片区) with their plans and villages, and the forms of district staff. */
@Controller
@RequestMapping("/zones")
class DemonstrationZoneController extends VillageGroupController<DemonstrationZone, ZoneForm> {

    private final DemonstrationZoneService zones;
    private final VillageService villages;
    private final TownService towns;

    DemonstrationZoneController(DemonstrationZoneService zones, VillageService villages, TownService towns, HistoryService history,
            List<GroupSection> groupSections, TableExporter exporter, FormSubmission submissions) {
        super("/zones", "zone", DemonstrationZone.class, zones, history, groupSections, exporter, submissions);
        this.zones = zones;
        this.villages = villages;
        this.towns = towns;
    }

    @GetMapping
    String listZones(ListRequest list, Model model) {
        ZoneFilter filter = list.filter(ZoneFilter::of, model);
        model.addAttribute("zones", selected(filter));
        model.addAttribute("q", filter.q());
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("villageChoices", villages.filterChoices(filter.townId(), filter.villageId()));
        model.addAttribute("canManage", zones.canManage());
        return "villages/zones";
    }

    @GetMapping(params = "format")
    void exportZones(HttpServletRequest request, @RequestParam String format, HttpServletResponse response) throws IOException {
        ZoneFilter filter = ZoneFilter.of(new FilterParameters(request));
        // the columns of the screen: a count, not the names, since a zone may reach villages outside the user's scope
        exporter.export(response, format, "zone.list.title", Columns.of(DemonstrationZone.class)
                .add("zone.name", DemonstrationZone::getName).add("zone.planTitle", DemonstrationZone::getPlanTitle)
                .add("zone.planApprovedOn", DemonstrationZone::getPlanApprovedOn)
                .add("zone.villageCount", z -> z.getVillages().size()), selected(filter)::forEach);
    }

    /** The zones matching the text, reaching a village of the town (or the village), with their plan approved in the dates. */
    private List<DemonstrationZone> selected(ZoneFilter filter) {
        return zones.list().stream().filter(z -> TextMatch.matches(filter.q(), z.getName(), z.getPlanTitle()))
                .filter(z -> filter.townId() == null || z.getVillages().stream().anyMatch(v -> filter.townId().equals(v.getTown().getId())))
                .filter(z -> filter.villageId() == null || z.getVillages().stream().anyMatch(v -> filter.villageId().equals(v.getId())))
                .filter(z -> filter.approved().contains(z.getPlanApprovedOn()))
                .toList();
    }

    /** The zone list's filters: text, a town their villages lie in or one of their villages, the days their plan was approved. */
    record ZoneFilter(String q, Long townId, Long villageId, DateRange approved) {

        static ZoneFilter of(FilterParameters params) {
            return new ZoneFilter(params.text("q"), params.id("townId", "village.town"), params.id("villageId", "zone.villages"),
                    params.dates("approved"));
        }
    }

    @GetMapping("/{id}")
    String showZone(@PathVariable Long id, Model model) {
        DemonstrationZone zone = zones.get(id);
        model.addAttribute("villages", zones.villagesInScope(zone));
        return detail(zone, g -> g.forZone(zone), model);
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        // a stale version is a conflict (409 page), as for any change outside a form
        zones.delete(id, version);
        redirect.addFlashAttribute("success", "zone.deleted");
        return "redirect:/zones";
    }

    @Override
    ZoneForm formOf(DemonstrationZone zone) {
        return zone == null ? ZoneForm.empty() : ZoneForm.of(zone);
    }

    @Override
    DemonstrationZone save(Long id, ZoneForm form) {
        return id == null ? zones.create(form.getName(), form.getPlanTitle(), form.getPlanApprovedOn(), form.chosenVillageIds())
                : zones.update(id, form.getVersion(), form.getName(), form.getPlanTitle(), form.getPlanApprovedOn(), form.chosenVillageIds());
    }

    @Override
    String form(Model model) {
        model.addAttribute("villageChoices", villages.formChoices(model.getAttribute("form") instanceof ZoneForm f ? f.getVillageIds() : null));
        return "villages/zone-form";
    }
}
