package org.cunwu.villages.internal;

import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.villages.ConversionStatus;
import org.cunwu.villages.DemonstrationZoneService;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.TownService;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFilter;
import org.cunwu.villages.VillageKind;
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

/** /villages: the list with its filters and exports, the dossier, and the create, edit and delete forms. */
@Controller
@RequestMapping("/villages")
class VillageController extends RecordFormController<Village, VillageForm> {

    private static final String FORM = "villages/form";
    static final Map<String, String> SORTABLE = Map.of(
            "name", "name", "code", "code", "town", "town.name", "kind", "kind", "population", "population",
            "households", "households", "farmlandMu", "farmlandMu", "collectiveIncome", "collectiveIncome");
    private static final Sort DEFAULT_SORT = Sort.by("town.code", "code");
    static final Columns<Village> COLUMNS = Columns.of(Village.class)
            .add("village.code", Village::getCode).add("village.name", Village::getName)
            .label("village.kind", v -> v.getKind().messageKey()).add("village.town", v -> v.getTown().getName())
            .add("village.cluster", v -> v.getCluster() == null ? null : v.getCluster().getName())
            .add("village.population", Village::getPopulation).add("village.households", Village::getHouseholds)
            .add("village.farmland", Village::getFarmlandMu).add("village.collectiveIncome", Village::getCollectiveIncome)
            .names("village.specialties", Village::getSpecialties).yesNo("village.rectification", Village::isRectification)
            .yesNo("village.demonstration", Village::isDemonstration)
            .label("village.conversionStatus", v -> v.getConversionStatus().messageKey())
            .add("village.establishedOn", Village::getEstablishedOn).add("village.dissolvedOn", Village::getDissolvedOn);

    private final VillageService villages;
    private final TownService towns;
    private final ClusterService clusters;
    private final DemonstrationZoneService zones;
    private final HistoryService history;
    private final TableExporter exporter;
    private final List<DossierSection> dossierSections;

    VillageController(VillageService villages, TownService towns, ClusterService clusters, DemonstrationZoneService zones,
            HistoryService history, TableExporter exporter, List<DossierSection> dossierSections, FormSubmission submissions) {
        super(RecordForms.creating("/villages", "village", RecordForms.allowedIf(villages::canCreate, "create villages"),
                () -> VillageForm.empty(villages.fixedTownId()), RecordForms.editableIf(villages::get, villages::canEdit), VillageForm::of,
                form -> villages.create(form.details()), (id, form) -> villages.update(id, form.getVersion(), form.details())), submissions);
        this.dossierSections = dossierSections.stream().sorted(Comparator.comparingInt(DossierSection::order)).toList();
        this.villages = villages;
        this.towns = towns;
        this.clusters = clusters;
        this.zones = zones;
        this.history = history;
        this.exporter = exporter;
    }

    @GetMapping
    String listVillages(ListRequest list, Model model) {
        VillageFilter filter = list.filter(VillageFilter::of, model);
        model.addAttribute("villages", villages.list(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("clusters", clusters.list());
        model.addAttribute("canCreate", villages.canCreate());
        return "villages/list";
    }

    @GetMapping(params = "format")
    void exportVillages(ListRequest list, HttpServletResponse response) throws IOException {
        VillageFilter selection = list.filter(VillageFilter::of);
        exporter.export(response, list.format(), "village.list.title", COLUMNS,
                villages.forExport(selection, list.sort(SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id}")
    String showVillage(@PathVariable Long id, Model model) {
        Village village = villages.get(id);
        model.addAttribute("village", village);
        model.addAttribute("zones", zones.ofVillage(village));
        model.addAttribute("canEdit", villages.canEdit(village));
        model.addAttribute("history", history.historyOf(Village.class, id));
        model.addAttribute("sections", dossierSections.stream()
                .map(s -> new DossierSection.View(s.template(), s.fragment(), s.data(village))).toList());
        return "villages/detail";
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            villages.delete(id, version);
        } catch (RecordInUseException e) {
            redirect.addFlashAttribute("error", "village.delete.inUse");
            return "redirect:/villages/" + id;
        }
        redirect.addFlashAttribute("success", "village.deleted");
        return "redirect:/villages";
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("towns", towns.list());
        model.addAttribute("clusters", clusters.list());
        model.addAttribute("kinds", VillageKind.values());
        model.addAttribute("conversionStatuses", ConversionStatus.values());
        model.addAttribute("townFixed", villages.fixedTownId() != null);
        return FORM;
    }

}
