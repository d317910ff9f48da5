package org.cunwu.villages.internal;

import java.io.IOException;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.Paging;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.villages.Town;
import org.cunwu.villages.TownKind;
import org.cunwu.villages.TownService;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /towns: towns and sub-districts with their village counts, a town's page, and the forms of district staff. */
@Controller
@RequestMapping("/towns")
class TownController extends RecordFormController<Town, TownForm> {

    private static final String FORM = "villages/town-form";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "code", "code");
    private static final Sort DEFAULT_SORT = Sort.by("code");
    /** The list is sorted in memory (a district's few dozen towns, a province's 1,800); names by pinyin, as a Chinese reader expects. */
    private static final Map<String, Comparator<Town>> ORDERS = Map.of(
            "name", Comparator.comparing(Town::getName, Collator.getInstance(Locale.CHINA)),
            "code", Comparator.comparing(Town::getCode),
            "id", Comparator.comparing(Town::getId));

    private final TownService towns;
    private final HistoryService history;
    private final TableExporter exporter;
    private final Paging paging;

    TownController(TownService towns, HistoryService history, TableExporter exporter, Paging paging,
            FormSubmission submissions) {
        super(RecordForms.creating("/towns", "town", RecordForms.allowedIf(towns::canManage, "change towns"), () -> TownForm.empty(towns.districts()),
                RecordForms.editableIf(towns::get, town -> towns.canManage()), TownForm::of,
                form -> towns.create(form.getName(), form.getKind(), form.getCode(), form.getDistrictId()),
                (id, form) -> towns.update(id, form.getVersion(), form.getName(), form.getKind(), form.getCode(), form.getDistrictId())), submissions);
        this.towns = towns;
        this.history = history;
        this.exporter = exporter;
        this.paging = paging;
    }

    /** One page of the selected towns: a province has 1,800 of them, a page of all of them weighed 480 KB. */
    @GetMapping
    String listTowns(@RequestParam(required = false) String q, @RequestParam(required = false) String sort, ListRequest list,
            Model model) {
        List<Town> selected = selected(q, sort);
        Pageable pageable = list.pageable(SORTABLE, DEFAULT_SORT);
        int from = (int) Math.min(pageable.getOffset(), selected.size());
        model.addAttribute("towns", new PageImpl<>(selected.subList(from, Math.min(from + pageable.getPageSize(), selected.size())),
                pageable, selected.size()));
        model.addAttribute("q", q);
        model.addAttribute("villageCounts", towns.villageCounts());
        model.addAttribute("canManage", towns.canManage());
        return "villages/towns";
    }

    @GetMapping(params = "format")
    void exportTowns(@RequestParam(required = false) String q, @RequestParam String format,
            @RequestParam(required = false) String sort, HttpServletResponse response) throws IOException {
        Map<Long, Long> counts = towns.villageCounts();
        exporter.export(response, format, "town.list.title", Columns.of(Town.class).add("town.name", Town::getName)
                .label("town.kind", t -> t.getKind().messageKey()).add("town.code", Town::getCode)
                .add("town.district", t -> t.getDistrict().getName())
                .add("town.villageCount", t -> counts.getOrDefault(t.getId(), 0L)), selected(q, sort)::forEach);
    }

    /** The towns in the user's scope that the search selects, in the order asked for. */
    private List<Town> selected(String q, String sort) {
        return towns.list().stream().filter(t -> TextMatch.matches(q, t.getName()) || TextMatch.startsCode(q, t.getCode()))
                .sorted(comparator(paging.sort(sort, SORTABLE, DEFAULT_SORT))).toList();
    }

    private static Comparator<Town> comparator(Sort sort) {
        Comparator<Town> result = (a, b) -> 0;
        for (Sort.Order order : sort) {
            Comparator<Town> next = ORDERS.get(order.getProperty());
            if (next != null) {
                result = result.thenComparing(order.isAscending() ? next : next.reversed());
            }
        }
        return result;
    }

    @GetMapping("/{id}")
    String showTown(@PathVariable Long id, Model model) {
        Town town = towns.get(id);
        model.addAttribute("town", town);
        model.addAttribute("villageCount", towns.villageCount(town));
        model.addAttribute("canManage", towns.canManage());
        model.addAttribute("history", history.historyOf(Town.class, id));
        return "villages/town-detail";
    }

    @PostMapping("/{id}/delete")
    String processDelete(@PathVariable Long id, @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        try {
            towns.delete(id, version);
        } catch (RecordInUseException e) {
            redirect.addFlashAttribute("error", "town.delete.inUse");
            return "redirect:/towns/" + id;
        }
        redirect.addFlashAttribute("success", "town.deleted");
        return "redirect:/towns";
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("districts", towns.districts());
        model.addAttribute("kinds", TownKind.values());
        return FORM;
    }

}
