package org.cunwu.representatives.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.accounts.AuditLog;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.PointService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.BatchCounts;
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
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /representatives: resident representatives, their linked households and commitments. */
@Controller
@RequestMapping("/representatives")
class RepresentativeController extends RecordFormController<Representative, RepresentativeForm> {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "village", "village.name", "certifiedOn", "certifiedOn");

    private final RepresentativeService service;
    private final CommitmentService commitments;
    private final PointService points;
    private final VisitService visits;
    private final VillageService villages;
    private final PlaceFilters places;
    private final HistoryService history;
    private final TableExporter exporter;
    private final AuditLog auditLog;

    private final FormSubmission submissions;

    RepresentativeController(RepresentativeService service, CommitmentService commitments, PointService points, VisitService visits, VillageService villages,
            PlaceFilters places, HistoryService history, TableExporter exporter, AuditLog auditLog, FormSubmission submissions) {
        super(RecordForms.saving("/representatives", "representative", service::requireCreate, RepresentativeForm::new,
                RecordForms.editableIf(service::representative, r -> service.canEdit(r.getVillage())), RepresentativeForm::of,
                service::saveRepresentative), submissions);
        this.submissions = submissions;
        this.commitments = commitments;
        this.exporter = exporter;
        this.auditLog = auditLog;
        this.service = service;
        this.points = points;
        this.visits = visits;
        this.villages = villages;
        this.places = places;
        this.history = history;
    }

    private static RepresentativeFilter filter(FilterParameters p) {
        return new RepresentativeFilter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "commitment.village"));
    }

    @GetMapping
    String listRepresentatives(ListRequest list, Model model) {
        RepresentativeFilter filter = list.filter(RepresentativeController::filter, model);
        var representatives = service.representatives(filter, list.pageable(SORTABLE, Sort.by("village.code", "name")));
        model.addAttribute("representatives", representatives);
        model.addAttribute("households", service.householdCounts(representatives.getContent()));
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("canCreate", service.canCreate());
        return "representatives/list";
    }

    @GetMapping(params = "format")
    void exportRepresentatives(ListRequest list, HttpServletResponse response) throws IOException {
        RepresentativeFilter filter = list.filter(RepresentativeController::filter);
        auditLog.recordExport("representatives " + list.format());
        BatchCounts<Representative> households = new BatchCounts<>(service::householdCounts);
        exporter.export(response, list.format(), "representative.list.title", Columns.of(Representative.class)
                .add("commitment.village", r -> r.getVillage().getName()).add("representative.name", Representative::getName)
                .add("representative.phone", r -> service.canEdit(r.getVillage()) ? r.getPhone() : r.getMaskedPhone())
                .add("representative.certificateNo", Representative::getCertificateNo)
                .add("representative.certifiedOn", Representative::getCertifiedOn)
                .yesNo("representative.plaqueHung", Representative::isPlaqueHung)
                .add("representative.householdCount", households::of),
                service.forExport(filter, Sort.by("village.code", "name")), households);
    }

    @GetMapping("/{id}")
    String showRepresentative(@PathVariable Long id, Model model) {
        Representative representative = service.representative(id);
        boolean canEdit = service.canEdit(representative.getVillage());
        model.addAttribute("representative", representative);
        model.addAttribute("households", service.householdsOf(representative));
        model.addAttribute("commitments", commitments.commitmentsOf(representative));
        var ledger = points.ledgerOf(representative);
        model.addAttribute("ledger", ledger);
        model.addAttribute("balance", ledger.stream().mapToInt(PointEntry::getPoints).sum());
        var ranking = points.rankingOfVillage(representative.getVillage().getId());
        int rank = 1;
        for (Object[] row : ranking) {
            if (row[0].equals(representative.getId())) {
                break;
            }
            rank++;
        }
        model.addAttribute("rank", rank);
        model.addAttribute("rankOf", ranking.size());
        LocalDate today = LocalDate.now();
        model.addAttribute("coverage", visits.coverage(representative, today.withDayOfYear(1), today));
        model.addAttribute("visits", visits.visitsOf(representative));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Representative.class, id));
        if (!model.containsAttribute("householdForm")) {
            model.addAttribute("householdForm", new HouseholdForm());
        }
        return "representatives/detail";
    }

    @PostMapping("/{id}/households")
    String addHousehold(@PathVariable Long id, @Valid @ModelAttribute("householdForm") HouseholdForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showRepresentative(id, model))
                .allowedIf(service.canEdit(service.representative(id).getVillage()))
                .run(() -> service.addHousehold(id, form.getHousehold(), form.getAddress()), "/representatives/" + id, "household.added",
                        redirect);
    }

    @Override
    protected String form(Model model) {
        model.addAttribute("villageChoices", villages.formChoices(shownForm(model).getVillageId()).filter(service::canEdit));
        model.addAttribute("villageFixed", service.fixedVillageId() != null);
        return "representatives/form";
    }
}
