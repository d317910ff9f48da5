package org.cunwu.representatives.internal;

import java.io.IOException;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.accounts.AuditLog;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.villages.PlaceFilters;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** /receptions (民意接待): who came, about what, how many, and the outcome; one click opens a problem from it. */
@Controller
@RequestMapping("/receptions")
class ReceptionController extends RecordFormController<Reception, ReceptionForm> {

    private static final Map<String, String> SORTABLE = Map.of("receivedOn", "receivedOn", "village", "village.name",
            "peopleCount", "peopleCount");

    private final ReceptionService receptions;
    private final RepresentativeService scope;
    private final VillageService villages;
    private final HistoryService history;
    private final TableExporter exporter;
    private final AuditLog auditLog;

    ReceptionController(ReceptionService receptions, RepresentativeService scope, VillageService villages, HistoryService history,
            TableExporter exporter,
            AuditLog auditLog, PlaceFilters places, FormSubmission submissions) {
        super(RecordForms.saving("/receptions", "reception", scope::requireCreate, ReceptionForm::new,
                RecordForms.editableIf(receptions::reception, r -> scope.canEdit(r.getVillage())), ReceptionForm::of,
                receptions::saveReception).withFirstRecord(form -> receptions.receptionWithToken(form.getToken())), submissions);
        this.exporter = exporter;
        this.auditLog = auditLog;
        this.receptions = receptions;
        this.scope = scope;
        this.villages = villages;
        this.history = history;
        this.places = places;
    }

    private final PlaceFilters places;

    /** Text, town, village and the day received ({@code receivedFrom}, {@code receivedTo}). */
    private static ReceptionFilter filter(FilterParameters p) {
        return new ReceptionFilter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "commitment.village"),
                p.dates("received"));
    }

    @GetMapping
    String listReceptions(ListRequest list, Model model) {
        ReceptionFilter filter = list.filter(ReceptionController::filter, model);
        model.addAttribute("receptions", receptions.receptions(filter,
                list.pageable(SORTABLE, Sort.by(Sort.Order.desc("receivedOn"), Sort.Order.desc("id")))));
        model.addAttribute("people", receptions.receptionPeople(filter));
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("canCreate", scope.canCreate());
        return "representatives/receptions";
    }

    @GetMapping(params = "format")
    void exportReceptions(ListRequest list, HttpServletResponse response) throws IOException {
        ReceptionFilter filter = list.filter(ReceptionController::filter);
        auditLog.recordExport("receptions " + list.format());
        exporter.export(response, list.format(), "reception.list.title", Columns.of(Reception.class)
                .add("reception.receivedOn", Reception::getReceivedOn).add("commitment.village", r -> r.getVillage().getName())
                .add("reception.residentName", Reception::getResidentName)
                .add("reception.residentPhone", r -> scope.canEdit(r.getVillage()) ? r.getResidentPhone() : r.getMaskedPhone())
                .add("reception.topic", Reception::getTopic).add("reception.peopleCount", Reception::getPeopleCount)
                .add("reception.handledBy", Reception::getHandledBy).add("reception.outcome", Reception::getOutcome),
                receptions.forExport(filter, Sort.by(Sort.Order.desc("receivedOn"))));
    }

    @GetMapping("/{id}")
    String showReception(@PathVariable Long id, Model model) {
        Reception reception = receptions.reception(id);
        model.addAttribute("reception", reception);
        model.addAttribute("canEdit", scope.canEdit(reception.getVillage()));
        model.addAttribute("history", history.historyOf(Reception.class, id));
        return "representatives/reception-detail";
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("villageChoices", villages.formChoices(shownForm(model).getVillageId()).filter(scope::canEdit));
        model.addAttribute("villageFixed", scope.fixedVillageId() != null);
        return "representatives/reception-form";
    }
}
