package org.cunwu.villages.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.Paging;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.GroupSection;
import org.cunwu.villages.TownService;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
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

    static final Map<String, String> SORTABLE = Map.of("name", "name", "planTitle", "planTitle", "planApprovedOn", "planApprovedOn",
            "villageCount", "villageCount");
    private static final Sort DEFAULT_SORT = Sort.by("name");
    // attributes only, read as a projection; a count, not the names, since a zone may reach villages outside the user's scope
    static final Columns<DemonstrationZone> COLUMNS = Columns.of(DemonstrationZone.class)
            .add("zone.name", "name").add("zone.planTitle", "planTitle").add("zone.planApprovedOn", "planApprovedOn")
            .add("zone.villageCount", "villageCount");

    private final DemonstrationZoneService zones;
    private final VillageService villages;
    private final TownService towns;
    private final Paging paging;

    DemonstrationZoneController(DemonstrationZoneService zones, VillageService villages, TownService towns, HistoryService history,
            List<GroupSection> groupSections, TableExporter exporter, Paging paging, FormSubmission submissions) {
        super("/zones", "zone", DemonstrationZone.class, zones, history, groupSections, exporter, submissions);
        this.zones = zones;
        this.villages = villages;
        this.towns = towns;
        this.paging = paging;
    }

    @GetMapping
    String listZones(ListRequest list, Model model) {
        ZoneFilter filter = list.filter(ZoneFilter::of, model);
        model.addAttribute("zones", zones.list(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("villageChoices", villages.filterChoices(filter.townId(), filter.villageId()));
        model.addAttribute("canManage", zones.canManage());
        return "villages/zones";
    }

    @GetMapping(params = "format")
    void exportZones(HttpServletRequest request, @RequestParam String format, @RequestParam(required = false) String sort,
            HttpServletResponse response) throws IOException {
        exporter.export(response, format, "zone.list.title", COLUMNS,
                zones.forExport(ZoneFilter.of(new FilterParameters(request)), paging.sort(sort, SORTABLE, DEFAULT_SORT)));
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
