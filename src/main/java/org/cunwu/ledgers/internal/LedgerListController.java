package org.cunwu.ledgers.internal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.export.ExportFormat;
import org.cunwu.shared.export.TableExporter;
import org.cunwu.shared.web.FormSubmission;
import org.cunwu.shared.web.ListRequest;
import org.cunwu.shared.web.Paging;
import org.cunwu.villages.TownService;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
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

/**
 * The ledgers of the user's scope: the list (/ledgers, a town's villages of a quarter on one page), the completion
 * overview per town or village (/ledgers/overview, the district's quarterly summary), a village's ledgers, and the
 * district's due days.
 */
@Controller
class LedgerListController {

    private static final Map<String, String> SORTABLE = Map.of("village", "village.code", "year", "year", "quarter", "quarter",
            "state", "state", "submittedAt", "firstSubmittedAt");
    private static final Sort DEFAULT_SORT = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("quarter"), Sort.Order.asc("village.code"));

    private final LedgerService ledgers;
    private final VillageService villages;
    private final TownService towns;
    private final Paging paging;
    private final TableExporter exporter;
    private final MessageSource messages;
    private final FormSubmission submissions;

    LedgerListController(LedgerService ledgers, VillageService villages, TownService towns, Paging paging, TableExporter exporter,
            MessageSource messages, FormSubmission submissions) {
        this.ledgers = ledgers;
        this.villages = villages;
        this.towns = towns;
        this.paging = paging;
        this.exporter = exporter;
        this.messages = messages;
        this.submissions = submissions;
    }

    @GetMapping("/ledgers")
    String list(ListRequest list, Model model) {
        LedgerService.Filter filter = list.filter(this::filter, model);
        model.addAttribute("ledgers", ledgers.page(filter, list.pageable(SORTABLE, DEFAULT_SORT)));
        model.addAttribute("due", filter.year() != null && filter.quarter() != null ? ledgers.dueOn(filter.year(), filter.quarter()) : null);
        model.addAttribute("states", LedgerState.values());
        model.addAttribute("townChoices", towns.filterChoices());
        model.addAttribute("villageChoices", villages.filterChoices(filter.townId(), filter.villageId()));
        model.addAttribute("years", ledgers.quarters().stream().map(q -> q[0]).distinct().toList());
        return "ledgers/list";
    }

    @GetMapping(value = "/ledgers", params = "format")
    void export(@RequestParam String format, HttpServletRequest request, HttpServletResponse response) throws IOException {
        LedgerService.Filter filter = filter(new FilterParameters(request));
        Locale locale = LocaleContextHolder.getLocale();
        List<String> headers = Stream.of("ledger.village", "ledger.town", "ledger.year", "ledger.quarter", "ledger.state", "ledger.due",
                "ledger.firstSubmittedAt", "ledger.late", "ledger.reviewedAt", "ledger.reviewComment", "ledger.returnReason")
                .map(key -> messages.getMessage(key, null, key, locale)).toList();
        DateTimeFormatter time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ledgers.zone());
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), messages.getMessage("ledger.list.title", null, locale),
                headers, sink -> ledgers.forEach(filter, DEFAULT_SORT, l -> {
                    LocalDate due = ledgers.dueOn(l.getYear(), l.getQuarter());
                    sink.row(Arrays.asList(l.getVillage().getName(), l.getVillage().getTown().getName(), l.getYear(), l.getQuarter(),
                            messages.getMessage(l.getState().messageKey(), null, locale), due.toString(),
                            l.getFirstSubmittedAt() == null ? "" : time.format(l.getFirstSubmittedAt()),
                            messages.getMessage(ledgers.late(l, due) ? "common.yes" : "common.no", null, locale),
                            l.getReviewedAt() == null ? "" : time.format(l.getReviewedAt()), l.getReviewComment(), l.getReturnReason()));
                }));
    }

    /** The completion of a quarter: per town for district readers, per village for a town's staff; each count links to its ledgers. */
    @GetMapping("/ledgers/overview")
    String overview(HttpServletRequest request, Model model) {
        FilterParameters params = new FilterParameters(request);
        int[] quarter = quarterOf(params);
        boolean perVillage = !Access.seesEverything();
        model.addAttribute("year", quarter[0]);
        model.addAttribute("quarter", quarter[1]);
        model.addAttribute("due", ledgers.dueOn(quarter[0], quarter[1]));
        model.addAttribute("rows", ledgers.completion(quarter[0], quarter[1], perVillage));
        model.addAttribute("perVillage", perVillage);
        model.addAttribute("quarters", ledgers.quarters());
        model.addAttribute("unreadableFilters", params.unreadable());
        return "ledgers/overview";
    }

    @GetMapping("/villages/{id}/ledgers")
    String ofVillage(@PathVariable Long id, Model model) {
        Village village = villages.get(id);
        model.addAttribute("village", village);
        model.addAttribute("ledgers", ledgers.page(new LedgerService.Filter(null, null, null, id, null, null, null),
                PageRequest.of(0, 200, DEFAULT_SORT)).getContent());
        return "ledgers/village";
    }

    @GetMapping("/ledgers/due-days")
    String dueDays(@RequestParam(required = false) String year, Model model) {
        int chosen = parseYear(year, ledgers.today().getYear());
        DueDaysForm form = new DueDaysForm();
        form.setYear(chosen);
        form.setQ1(ledgers.dueOn(chosen, 1));
        form.setQ2(ledgers.dueOn(chosen, 2));
        form.setQ3(ledgers.dueOn(chosen, 3));
        form.setQ4(ledgers.dueOn(chosen, 4));
        return dueDaysForm(form, model);
    }

    @PostMapping("/ledgers/due-days")
    String saveDueDays(@Valid @ModelAttribute("form") DueDaysForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        return submissions.of(result, () -> dueDaysForm(form, model))
                .allowedIf(Access.canEditDistrictRecord(Access.Editors.DISTRICT))
                .run(() -> ledgers.setDueDays(form), "/ledgers/due-days?year=" + form.getYear(), "ledger.due.saved", redirect);
    }

    private String dueDaysForm(DueDaysForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("canEdit", Access.canEditDistrictRecord(Access.Editors.DISTRICT));
        return "ledgers/due-days";
    }

    private LedgerService.Filter filter(FilterParameters params) {
        Integer year = params.integer("year", "ledger.year");
        Integer quarter = params.integer("quarter", "ledger.quarter");
        return new LedgerService.Filter(year != null && year >= 2000 && year <= 2100 ? year : null,
                quarter != null && quarter >= 1 && quarter <= 4 ? quarter : null, params.id("townId", "ledger.town"),
                params.id("villageId", "ledger.village"), params.choice("state", LedgerState.class, "ledger.state"),
                params.flag("late", "ledger.late"), params.text("q"));
    }

    /** The quarter asked for, or the one whose ledgers are being submitted now (the last one that ended). */
    private int[] quarterOf(FilterParameters params) {
        Integer year = params.integer("year", "ledger.year");
        Integer quarter = params.integer("quarter", "ledger.quarter");
        if (year != null && year >= 2000 && year <= 2100 && quarter != null && quarter >= 1 && quarter <= 4) {
            return new int[] {year, quarter};
        }
        LocalDate lastQuarterDay = ledgers.today().withDayOfMonth(1).minusMonths((ledgers.today().getMonthValue() - 1) % 3).minusDays(1);
        int[] ended = {lastQuarterDay.getYear(), (lastQuarterDay.getMonthValue() - 1) / 3 + 1};
        List<int[]> known = ledgers.quarters();
        return known.stream().anyMatch(q -> q[0] == ended[0] && q[1] == ended[1]) || known.isEmpty() ? ended : known.get(0);
    }

    private static int parseYear(String year, int fallback) {
        try {
            int y = Integer.parseInt(year == null ? "" : year.trim());
            return y >= 2000 && y <= 2100 ? y : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
