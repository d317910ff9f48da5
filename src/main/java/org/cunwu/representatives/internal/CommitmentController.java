package org.cunwu.representatives.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.accounts.AuditLog;
import org.cunwu.representatives.CommitmentService;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.RecordFormController.RecordForms;
import org.cunwu.shared.web.RecordFormController;
import org.cunwu.shared.web.StatusChangeForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /commitments: public commitments with derived overdue, their steps and exports. */
@Controller
@RequestMapping("/commitments")
class CommitmentController extends RecordFormController<Commitment, CommitmentForm> {

    private static final Map<String, String> SORTABLE = Map.of("pledgedOn", "pledgedOn", "promisedBy", "promisedBy",
            "village", "village.name", "status", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("pledgedOn"));

    private final RepresentativeService service;
    private final CommitmentService commitments;
    private final VillageService villages;
    private final PlaceFilters places;
    private final HistoryService history;
    private final TableExporter exporter;
    private final AuditLog auditLog;

    private final FormSubmission submissions;

    CommitmentController(RepresentativeService service, CommitmentService commitments, VillageService villages, PlaceFilters places, HistoryService history,
            TableExporter exporter, AuditLog auditLog,
            FormSubmission submissions) {
        super(RecordForms.saving("/commitments", "commitment", service::requireCreate, CommitmentForm::new,
                RecordForms.editableIf(commitments::commitment, r -> service.canEdit(r.getVillage())), CommitmentForm::of,
                commitments::saveCommitment).withFirstRecord(form -> commitments.commitmentWithToken(form.getToken())), submissions);
        this.submissions = submissions;
        this.commitments = commitments;
        this.auditLog = auditLog;
        this.service = service;
        this.villages = villages;
        this.places = places;
        this.history = history;
        this.exporter = exporter;
    }

    /** Text, town, village, status, category, overdue, the day pledged ({@code pledgedFrom}, {@code pledgedTo}) and public notice (yes only). */
    private static CommitmentFilter filter(FilterParameters p) {
        return new CommitmentFilter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "commitment.village"),
                p.choice("status", CommitmentStatus.class, "commitment.status"),
                p.choice("category", CommitmentCategory.class, "commitment.category"), p.flag("overdue", "commitment.overdue"),
                p.dates("pledged"), Boolean.TRUE.equals(p.flag("publicNotice", "commitment.publicNotice")) ? Boolean.TRUE : null);
    }

    @GetMapping
    String listCommitments(ListRequest list, Model model) {
        CommitmentFilter filter = list.filter(CommitmentController::filter, model);
        model.addAttribute("commitments", commitments.commitments(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        places.addTo(model, filter.townId(), filter.villageId());
        model.addAttribute("canCreate", service.canCreate());
        model.addAttribute("today", LocalDate.now());
        return "representatives/commitments";
    }

    @GetMapping(params = "format")
    void exportCommitments(ListRequest list, HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now();
        // the list names the people who pledged: an export of personal data
        auditLog.recordExport("commitments " + list.format());
        exporter.export(response, list.format(), "commitment.list.title", Columns.of(Commitment.class)
                .add("commitment.village", c -> c.getVillage().getName()).add("commitment.pledgedBy", Commitment::getPledgedBy)
                .add("commitment.content", Commitment::getContent).label("commitment.category", c -> c.getCategory().messageKey())
                .add("commitment.pledgedOn", Commitment::getPledgedOn).add("commitment.promisedBy", Commitment::getPromisedBy)
                .label("commitment.status", c -> c.getStatus().messageKey()).yesNo("commitment.overdue", c -> c.isOverdue(today))
                .add("commitment.fulfilledOn", Commitment::getFulfilledOn).add("commitment.fulfilmentNote", Commitment::getFulfilmentNote)
                .yesNo("commitment.publicNotice", Commitment::isPublicNotice),
                commitments.forExport(list.filter(CommitmentController::filter), list.sort(SORTABLE, DEFAULT_SORT)));
    }

    @GetMapping("/{id}")
    String showCommitment(@PathVariable Long id, Model model) {
        Commitment commitment = commitments.commitment(id);
        model.addAttribute("commitment", commitment);
        model.addAttribute("events", commitments.eventsOf(commitment));
        model.addAttribute("canEdit", service.canEdit(commitment.getVillage()));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("history", history.historyOf(Commitment.class, id));
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", StatusChangeForm.of(commitment.getVersion(), LocalDate.now()));
        }
        return "representatives/commitment-detail";
    }

    /** The creation form of a representative's commitment, opened from their page. */
    @GetMapping(value = "/new", params = "representativeId")
    String initCreationForm(@RequestParam(required = false) Long representativeId, Model model) {
        service.requireCreate();
        CommitmentForm form = new CommitmentForm();
        if (representativeId != null) {
            Representative r = service.representative(representativeId);
            form.setRepresentativeId(r.getId());
            form.setPledgedBy(r.getName());
            form.setVillageId(r.getVillage().getId());
        }
        return creationForm(form, model);
    }

    /** A step from the detail page; a refused step shows the page again with the user's input and the message beside its field. */
    @PostMapping("/{id}/status")
    String moveCommitment(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showCommitment(id, model))
                .run(() -> commitments.moveCommitment(id, form.getVersion(), form.status(CommitmentStatus.class), form.getOn(),
                        form.getText()), "/commitments/" + id, "commitment.status.changed", redirect);
    }

    @Override
    protected String form(Model model) {
        Long chosen = shownForm(model).getVillageId();
        model.addAttribute("villageChoices", villages.formChoices(chosen).filter(service::canEdit));
        model.addAttribute("villageFixed", service.fixedVillageId() != null);
        Long villageId = service.fixedVillageId() != null ? service.fixedVillageId() : chosen;
        model.addAttribute("representativeChoices", villageId == null ? List.of()
                : service.representativesOf(villages.get(villageId)));
        model.addAttribute("categories", CommitmentCategory.values());
        return "representatives/commitment-form";
    }
}
