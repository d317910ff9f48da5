package org.cunwu.representatives;

import java.util.Map;

import jakarta.validation.Valid;

import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.history.HistoryService;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.Paging;
import org.cunwu.villages.TownService;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** /representatives: resident representatives, their linked households and commitments. */
@Controller
@RequestMapping("/representatives")
class RepresentativeController {

    private static final Map<String, String> SORTABLE = Map.of("name", "name", "village", "village.name", "certifiedOn", "certifiedOn");

    private final RepresentativeService service;
    private final PointService points;
    private final VisitService visits;
    private final VillageService villages;
    private final TownService towns;
    private final HistoryService history;
    private final Paging paging;
    private final org.cunwu.shared.export.TableExporter exporter;
    private final org.springframework.context.MessageSource messages;
    private final org.cunwu.accounts.AuditLog auditLog;

    private final FormSubmission submissions;

    RepresentativeController(RepresentativeService service, PointService points, VisitService visits, VillageService villages,
            TownService towns, HistoryService history, Paging paging, org.cunwu.shared.export.TableExporter exporter,
            org.springframework.context.MessageSource messages, org.cunwu.accounts.AuditLog auditLog, FormSubmission submissions) {
        this.submissions = submissions;
        this.exporter = exporter;
        this.messages = messages;
        this.auditLog = auditLog;
        this.service = service;
        this.points = points;
        this.visits = visits;
        this.villages = villages;
        this.towns = towns;
        this.history = history;
        this.paging = paging;
    }

    @InitBinder("form")
    void disallowId(WebDataBinder binder) {
        binder.setDisallowedFields("id");
    }

    private static RepresentativeService.Filter filter(FilterParameters p) {
        return new RepresentativeService.Filter(p.text("q"), p.id("townId", "village.town"), p.id("villageId", "commitment.village"),
                null, null, null);
    }

    @GetMapping
    String listRepresentatives(@RequestParam(required = false) String page, @RequestParam(required = false) String size,
            @RequestParam(required = false) String sort, jakarta.servlet.http.HttpServletRequest request, Model model) {
        FilterParameters params = new FilterParameters(request);
        RepresentativeService.Filter filter = filter(params);
        model.addAttribute("unreadableFilters", params.unreadable());
        model.addAttribute("representatives", service.representatives(filter,
                paging.pageable(page, size, sort, SORTABLE, Sort.by("village.code", "name"))));
        model.addAttribute("households", service.householdCounts());
        model.addAttribute("filter", filter);
        model.addAttribute("towns", towns.list());
        model.addAttribute("villageChoices", villages.choices());
        model.addAttribute("canCreate", service.canCreate());
        return "representatives/list";
    }

    @GetMapping(params = "format")
    void exportRepresentatives(@RequestParam String format, jakarta.servlet.http.HttpServletRequest request,
            jakarta.servlet.http.HttpServletResponse response) throws java.io.IOException {
        RepresentativeService.Filter filter = filter(new FilterParameters(request));
        auditLog.recordExport("representatives " + format);
        var households = service.householdCounts();
        java.util.List<String> headers = java.util.stream.Stream.of("commitment.village", "representative.name", "representative.phone",
                "representative.certificateNo", "representative.certifiedOn", "representative.plaqueHung", "representative.householdCount")
                .map(k -> messages.getMessage(k, null, k, org.springframework.context.i18n.LocaleContextHolder.getLocale())).toList();
        var page = service.representatives(filter, org.springframework.data.domain.PageRequest.of(0, 100_000, Sort.by("village.code", "name")));
        exporter.export(response, org.cunwu.shared.export.ExportFormat.parse(format).orElse(org.cunwu.shared.export.ExportFormat.XLSX),
                messages.getMessage("representative.list.title", null, org.springframework.context.i18n.LocaleContextHolder.getLocale()), headers,
                sink -> page.forEach(r -> sink.row(java.util.Arrays.asList(r.getVillage().getName(), r.getName(),
                        service.canEdit(r.getVillage()) ? r.getPhone() : r.getMaskedPhone(), r.getCertificateNo(),
                        r.getCertifiedOn() == null ? null : r.getCertifiedOn().toString(),
                        messages.getMessage("common." + r.isPlaqueHung(), null, org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                        households.getOrDefault(r.getId(), 0L)))));
    }

    @GetMapping("/{id}")
    String showRepresentative(@PathVariable Long id, Model model) {
        Representative representative = service.representative(id);
        boolean canEdit = service.canEdit(representative.getVillage());
        model.addAttribute("representative", representative);
        model.addAttribute("households", service.householdsOf(representative));
        model.addAttribute("commitments", service.commitmentsOf(representative));
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
        java.time.LocalDate today = java.time.LocalDate.now();
        model.addAttribute("coverage", visits.coverage(representative, today.withDayOfYear(1), today));
        model.addAttribute("visits", visits.visitsOf(representative));
        model.addAttribute("canEdit", canEdit);
        model.addAttribute("today", java.time.LocalDate.now());
        model.addAttribute("history", history.historyOf(Representative.class, id));
        if (!model.containsAttribute("householdForm")) {
            model.addAttribute("householdForm", new HouseholdForm());
        }
        return "representatives/detail";
    }

    @GetMapping("/new")
    String initCreationForm(Model model) {
        if (!service.canCreate()) {
            throw new AccessDeniedException("may not add representatives");
        }
        model.addAttribute("form", new RepresentativeForm());
        return form(model);
    }

    @PostMapping("/new")
    String processCreationForm(@Valid @ModelAttribute("form") RepresentativeForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!service.canCreate()) { // refused before the form is looked at
            throw new AccessDeniedException("may not create records of this kind");
        }
        return save(null, form, result, model, redirect);
    }

    @GetMapping("/{id}/edit")
    String initUpdateForm(@PathVariable Long id, Model model) {
        Representative representative = service.representative(id);
        if (!service.canEdit(representative.getVillage())) {
            throw new AccessDeniedException("may not edit representative " + id);
        }
        model.addAttribute("representative", representative);
        model.addAttribute("form", RepresentativeForm.of(representative));
        return form(model);
    }

    @PostMapping("/{id}/edit")
    String processUpdateForm(@PathVariable Long id, @Valid @ModelAttribute("form") RepresentativeForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        Representative representative = service.representative(id);
        if (!service.canEdit(representative.getVillage())) {
            throw new AccessDeniedException("may not edit representative " + id);
        }
        model.addAttribute("representative", representative);
        return save(id, form, result, model, redirect);
    }

    private String save(Long id, RepresentativeForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> form(model))
                .save(() -> service.saveRepresentative(id, form), saved -> "/representatives/" + saved.getId(), "representative.saved", redirect);
    }

    @PostMapping("/{id}/households")
    String addHousehold(@PathVariable Long id, @Valid @ModelAttribute("householdForm") HouseholdForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> showRepresentative(id, model))
                .allowedIf(service.canEdit(service.representative(id).getVillage()))
                .run(() -> service.addHousehold(id, form.getHousehold(), form.getAddress()), "/representatives/" + id, "household.added",
                        redirect);
    }

    private String form(Model model) {
        model.addAttribute("villageChoices", villages.choices().stream().filter(service::canEdit).toList());
        model.addAttribute("villageFixed", service.fixedVillageId() != null);
        return "representatives/form";
    }
}
