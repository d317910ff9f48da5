package org.cunwu.talent.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.accounts.AuditLog;
import org.cunwu.cadres.Gender;
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
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** /talent/pool: returned talents (回引人才) and advisers (乡村振兴顾问); phones masked for those who may not edit. */
@Controller
@RequestMapping("/talent/pool")
class PoolController extends RecordFormController<Talent, TalentForm> {

    private static final String FORM = "talent/talent-form";
    private static final Map<String, String> SORTABLE = Map.of("name", "name", "kind", "kind", "village", "village.name",
            "sinceDate", "sinceDate", "field", "field");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("sinceDate"), Sort.Order.asc("id"));

    private final TalentService talents;
    private final VillageService villages;
    private final PlaceFilters places;
    private final HistoryService history;
    private final TableExporter exporter;
    private final AuditLog auditLog;

    PoolController(TalentService talents, VillageService villages, PlaceFilters places, HistoryService history,
            TableExporter exporter, AuditLog auditLog, FormSubmission submissions) {
        super(RecordForms.saving("/talent/pool", "talent", RecordForms.allowedIf(talents::canCreate, "record talents"), () -> {
                    TalentForm form = new TalentForm();
                    form.setKind(talents.kindChoices().get(0));
                    return form;
                }, RecordForms.editableIf(talents::get, talents::canEdit), TalentForm::of, talents::save), submissions);
        this.talents = talents;
        this.villages = villages;
        this.places = places;
        this.history = history;
        this.exporter = exporter;
        this.auditLog = auditLog;
    }

    @GetMapping
    String listPool(ListRequest list, Model model) {
        PoolFilter filter = list.filter(PoolFilter::of, model);
        Page<Talent> rows = talents.list(filter, list.pageable(SORTABLE, DEFAULT_SORT));
        model.addAttribute("talents", rows);
        model.addAttribute("editable", editable(rows.getContent()));
        model.addAttribute("kinds", TalentKind.values());
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("canCreate", talents.canCreate());
        return "talent/pool";
    }

    @GetMapping(params = "format")
    void exportPool(ListRequest list, HttpServletResponse response) throws IOException {
        PoolFilter filter = list.filter(PoolFilter::of);
        auditLog.recordExport("talent pool " + list.format());
        exporter.export(response, list.format(), "talent.pool.title", Columns.of(Talent.class)
                .label("talent.kind", t -> t.getKind().messageKey()).add("talent.name", Talent::getName)
                .label("talent.gender", t -> t.getGender() == null ? null : t.getGender().messageKey())
                .add("talent.birthYear", Talent::getBirthYear)
                .add("talent.phone", t -> talents.canEdit(t) ? t.getPhone() : t.getMaskedPhone())
                .add("talent.town", t -> t.getVillage() == null ? null : t.getVillage().getTown().getName())
                .add("talent.village", t -> t.getVillage() == null ? null : t.getVillage().getName())
                .add("talent.organisation", Talent::getOrganisation).add("talent.field", Talent::getField)
                .add("talent.sinceDate", Talent::getSinceDate).add("talent.termEnd", Talent::getTermEnd)
                .add("talent.note", Talent::getNote), talents.forExport(filter, list.sort(SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id:\\d+}")
    String showTalent(@PathVariable Long id, Model model) {
        Talent talent = talents.get(id);
        model.addAttribute("talent", talent);
        model.addAttribute("canEdit", talents.canEdit(talent));
        model.addAttribute("history", history.historyOf(Talent.class, id));
        return "talent/talent-detail";
    }

    private Talent editable(Long id) {
        Talent talent = talents.get(id);
        if (!talents.canEdit(talent)) {
            throw new AccessDeniedException("may not edit talent " + id);
        }
        return talent;
    }

    private Set<Long> editable(List<Talent> list) {
        return list.stream().filter(talents::canEdit).map(Talent::getId).collect(Collectors.toSet());
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("kinds", talents.kindChoices());
        model.addAttribute("genders", Gender.values());
        model.addAttribute("villageChoices", villages.editableChoices(shownForm(model).getVillageId()));
        return FORM;
    }
}
