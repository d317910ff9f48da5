package org.cunwu.representatives;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.publicnotice.PublicNotices;
import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.export.Columns;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.Paging;
import org.cunwu.shared.web.StatusChangeForm;
import org.cunwu.villages.DossierSection;
import org.cunwu.villages.TownService;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /commitments: public commitments with derived overdue, their steps, exports, and each village's notice board. */
@Controller
class CommitmentController {

    private static final Map<String, String> SORTABLE = Map.of("pledgedOn", "pledgedOn", "promisedBy", "promisedBy",
            "village", "village.name", "status", "status");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("pledgedOn"));

    private final RepresentativeService service;
    private final CommitmentService commitments;
    private final VillageService villages;
    private final TownService towns;
    private final HistoryService history;
    private final TableExporter exporter;
    private final Paging paging;
    private final AuditLog auditLog;

    private final FormSubmission submissions;
    private final List<NoticeBoardSection> noticeBoardSections;
    private final PublicNotices publicNotices;

    CommitmentController(RepresentativeService service, CommitmentService commitments, VillageService villages, TownService towns, HistoryService history,
            TableExporter exporter, Paging paging, AuditLog auditLog,
            FormSubmission submissions, List<NoticeBoardSection> noticeBoardSections, PublicNotices publicNotices) {
        this.submissions = submissions;
        this.commitments = commitments;
        this.noticeBoardSections = noticeBoardSections;
        this.publicNotices = publicNotices;
        this.auditLog = auditLog;
        this.service = service;
        this.villages = villages;
        this.towns = towns;
        this.history = history;
        this.exporter = exporter;
        this.paging = paging;
    }

    /** Text, town, village, status, category, overdue, the day pledged ({@code pledgedFrom}, {@code pledgedTo}) and public notice (yes only). */
    private static CommitmentFilter filter(FilterParameters p) {
        return new CommitmentFilter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "commitment.village"),
                p.choice("status", CommitmentStatus.class, "commitment.status"),
                p.choice("category", CommitmentCategory.class, "commitment.category"), p.flag("overdue", "commitment.overdue"),
                p.dates("pledged"), Boolean.TRUE.equals(p.flag("publicNotice", "commitment.publicNotice")) ? Boolean.TRUE : null);
    }

    @GetMapping("/commitments")
    String listCommitments(ListRequest list, Model model) {
        CommitmentFilter filter = list.filter(CommitmentController::filter, model);
        model.addAttribute("commitments", commitments.commitments(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("villageChoices", villages.filterChoices(filter.townId(), filter.villageId()));
        model.addAttribute("canCreate", service.canCreate());
        model.addAttribute("today", LocalDate.now());
        return "representatives/commitments";
    }

    @GetMapping(value = "/commitments", params = "format")
    void exportCommitments(@RequestParam String format, @RequestParam(required = false) String sort, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        LocalDate today = LocalDate.now();
        // the list names the people who pledged: an export of personal data
        auditLog.recordExport("commitments " + format);
        exporter.export(response, format, "commitment.list.title", Columns.of(Commitment.class)
                .add("commitment.village", c -> c.getVillage().getName()).add("commitment.pledgedBy", Commitment::getPledgedBy)
                .add("commitment.content", Commitment::getContent).label("commitment.category", c -> c.getCategory().messageKey())
                .add("commitment.pledgedOn", Commitment::getPledgedOn).add("commitment.promisedBy", Commitment::getPromisedBy)
                .label("commitment.status", c -> c.getStatus().messageKey()).yesNo("commitment.overdue", c -> c.isOverdue(today))
                .add("commitment.fulfilledOn", Commitment::getFulfilledOn).add("commitment.fulfilmentNote", Commitment::getFulfilmentNote)
                .yesNo("commitment.publicNotice", Commitment::isPublicNotice),
                action -> commitments.forEachCommitment(filter(new FilterParameters(request)), paging.sort(sort, SORTABLE, DEFAULT_SORT), action));
    }

    @GetMapping("/commitments/{id}")
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

    @GetMapping("/commitments/new")
    String initCreationForm(@RequestParam(required = false) Long representativeId, Model model) {
        service.requireCreate();
        CommitmentForm form = new CommitmentForm();
        if (representativeId != null) {
            Representative r = service.representative(representativeId);
            form.setRepresentativeId(r.getId());
            form.setPledgedBy(r.getName());
            form.setVillageId(r.getVillage().getId());
        }
        model.addAttribute("form", form);
        return form(model);
    }

    @PostMapping("/commitments/new")
    String processCreationForm(@Valid @ModelAttribute("form") CommitmentForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        service.requireCreate();
        return save(null, form, result, model, redirect);
    }

    @GetMapping("/commitments/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Commitment commitment = editable(id, model);
        model.addAttribute("form", CommitmentForm.of(commitment));
        return form(model);
    }

    @PostMapping("/commitments/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") CommitmentForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        editable(id, model);
        return save(id, form, result, model, redirect);
    }

    /** The commitment to edit, refused (403) when the user may not change its village; the form shows it. */
    private Commitment editable(Long id, Model model) {
        Commitment commitment = commitments.commitment(id);
        service.requireEditable(commitment.getVillage());
        model.addAttribute("commitment", commitment);
        return commitment;
    }

    private String save(Long id, CommitmentForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> form(model))
                .firstRecord(() -> commitments.commitmentWithToken(form.getToken()).map(first -> "/commitments/" + first))
                .save(() -> commitments.saveCommitment(id, form), saved -> "/commitments/" + saved.getId(), "commitment.saved", redirect);
    }

    /** A step from the detail page; a refused step shows the page again with the user's input and the message beside its field. */
    @PostMapping("/commitments/{id}/status")
    String moveCommitment(@PathVariable Long id, @Valid @ModelAttribute("statusForm") StatusChangeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showCommitment(id, model))
                .run(() -> commitments.moveCommitment(id, form.getVersion(), form.status(CommitmentStatus.class), form.getOn(),
                        form.getText()), "/commitments/" + id, "commitment.status.changed", redirect);
    }

    /** The printable A4 sheet of a village's public commitments for its physical notice board. */
    @GetMapping("/villages/{id}/notice-board")
    String showNoticeBoard(@PathVariable Long id, Model model) {
        Village village = villages.get(id);
        model.addAttribute("village", village);
        model.addAttribute("commitments", commitments.publicCommitmentsOf(village));
        model.addAttribute("today", LocalDate.now());
        model.addAttribute("sections", noticeBoardSections.stream().sorted(Comparator.comparingInt(NoticeBoardSection::order))
                .map(section -> new DossierSection.View(section.template(), section.fragment(), section.data(village)))
                .filter(view -> !view.data().isEmpty()).toList());
        // the QR code residents scan for the village's public page; none where public pages are off
        model.addAttribute("publicLink", publicNotices.linkOf(village).orElse(null));
        return "representatives/notice-board";
    }

    private String form(Model model) {
        Long chosen = model.getAttribute("form") instanceof CommitmentForm f ? f.getVillageId() : null;
        model.addAttribute("villageChoices", villages.formChoices(chosen).filter(service::canEdit));
        model.addAttribute("villageFixed", service.fixedVillageId() != null);
        Long villageId = service.fixedVillageId() != null ? service.fixedVillageId() : chosen;
        model.addAttribute("representativeChoices", villageId == null ? List.of()
                : service.representativesOf(villages.get(villageId)));
        model.addAttribute("categories", CommitmentCategory.values());
        return "representatives/commitment-form";
    }
}
