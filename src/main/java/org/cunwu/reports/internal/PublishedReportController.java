package org.cunwu.reports.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.reports.PdfRenderer;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.web.Paging;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Published reports (定稿): publishing the report on screen (POST /reports/published), the list of those the user
 * reads (/reports/published), and one of them as published, beside today's figures (/reports/published/{id}),
 * printed or as PDF.
 */
@Controller
class PublishedReportController {

    /** The longest a period parameter can be: a date, 2023-12-31, with some room for spaces around it. */
    private static final int MAX_PERIOD_VALUE = 20;

    private final PublishedReportService published;
    private final ReportService reports;
    private final PdfRenderer pdfs;
    private final Paging paging;

    PublishedReportController(PublishedReportService published, ReportService reports, PdfRenderer pdfs, Paging paging) {
        this.published = published;
        this.reports = reports;
        this.pdfs = pdfs;
        this.paging = paging;
    }

    @PostMapping("/reports/published")
    String publish(@RequestParam(required = false) String level, @RequestParam(required = false) String scopeId,
            @RequestParam(required = false) String title, @RequestParam(required = false) String note, HttpServletRequest request,
            RedirectAttributes redirect) {
        ReportScope scope = scope(level, scopeId);
        Period period = ReportController.period(request, reports.today());
        String periodQuery = ReportController.query(request);
        try {
            long id = published.publish(scope, period, periodQuery, title, note);
            redirect.addFlashAttribute("success", "published.saved");
            return "redirect:/reports/published/" + id;
        } catch (InvalidFieldException e) {
            // back to the report, the form open with what was typed and why it was refused
            redirect.addFlashAttribute("publishError", e.messageKey());
            redirect.addFlashAttribute("publishTitle", title == null ? "" : title);
            redirect.addFlashAttribute("publishNote", note == null ? "" : note);
            return "redirect:" + scope.path() + refusedPeriodQuery(request);
        }
    }

    /**
     * The period to show again with a refused publication. A value longer than any period parameter can be (a year of
     * 10,000 digits) is left out: it would be copied into the Location header, which then overflows and fails the answer.
     */
    private static String refusedPeriodQuery(HttpServletRequest request) {
        StringBuilder query = new StringBuilder();
        ReportController.periodParams(request).forEach((name, value) -> {
            if (value.length() <= MAX_PERIOD_VALUE) {
                query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return query.toString();
    }

    /** The scope a publish form names, checked like the report's own URL (another town or village is not found). */
    private ReportScope scope(String level, String scopeId) {
        try {
            return switch (ReportScope.Level.valueOf(String.valueOf(level))) {
                case DISTRICT -> reports.district();
                case TOWN -> reports.town(Long.valueOf(scopeId));
                case VILLAGE -> reports.village(Long.valueOf(scopeId));
            };
        } catch (IllegalArgumentException e) {
            throw new RecordNotFoundException("report scope", level + " " + scopeId);
        }
    }

    @GetMapping("/reports/published")
    String list(@RequestParam(required = false) String page, @RequestParam(required = false) String size, HttpServletRequest request,
            Model model) {
        FilterParameters params = new FilterParameters(request);
        ReportScope.Level chosen = params.choice("level", ReportScope.Level.class, "published.filter.level");
        String q = params.text("q");
        Integer year = params.integer("year", "report.year");
        if (year != null && (year < 2000 || year > 2100)) {
            year = null;
        }
        model.addAttribute("reports", published.page(chosen, q, year, paging.pageable(page, size, null, Map.of(), Sort.unsorted())));
        model.addAttribute("unreadableFilters", params.unreadable());
        model.addAttribute("q", q);
        model.addAttribute("year", year);
        model.addAttribute("level", chosen);
        model.addAttribute("levels", ReportScope.Level.values());
        return "reports/published-list";
    }

    @GetMapping("/reports/published/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String format, Model model, HttpServletResponse response)
            throws IOException {
        PublishedReport report = published.find(id(id));
        Locale locale = LocaleContextHolder.getLocale();
        String body = published.body(report, locale);
        String publishedAt = report.publishedAt().atZoneSameInstant(reports.zone()).format(PublishedReportService.STAMP);
        if ("pdf".equals(format)) {
            Map<String, Object> attributes = new HashMap<>();
            attributes.put("publishedAt", publishedAt);
            attributes.put("publishedBy", report.publisher());
            attributes.put("publishedNote", report.note());
            attributes.put("frozenBody", body);
            attributes.put("pdfTitle", report.title());
            attributes.put("scopeLabel", report.scopeLabel());
            attributes.put("periodLabel", report.periodLabel(locale));
            pdfs.respond("reports/report-pdf", attributes, locale, "published-report-" + report.id(), response);
            return null;
        }
        if (format != null && !format.isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format");
        }
        model.addAttribute("published", report);
        model.addAttribute("frozenBody", body);
        model.addAttribute("periodLabel", report.periodLabel(locale));
        model.addAttribute("publishedAt", publishedAt);
        model.addAttribute("comparison", published.compare(report, locale));
        return "reports/published";
    }

    private static long id(String id) {
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new RecordNotFoundException("published report", id);
        }
    }
}
