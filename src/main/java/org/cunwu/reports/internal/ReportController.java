package org.cunwu.reports.internal;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.reports.PdfRenderer;
import org.cunwu.reports.ReportSection;
import org.cunwu.shared.access.Access;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The reports of the district (/reports/district), of a town (/reports/towns/{id}) and of a village
 * (/reports/villages/{id}) for a year, quarter, month or from–to: on screen, printed, as PDF and as xlsx.
 * A user whose scope is a town or a village asking for the district is sent to their own report.
 */
@Controller
class ReportController {

    private final ReportService reports;
    private final PdfRenderer pdfs;
    private final ReportWorkbook workbooks;
    private final MessageSource messages;
    private final WorkSummary summaries;
    private final ReportModel reportModel;
    private final PublishedReportService published;
    private final List<ReportSection> sections;

    ReportController(ReportService reports, PdfRenderer pdfs, ReportWorkbook workbooks, MessageSource messages, WorkSummary summaries,
            ReportModel reportModel, PublishedReportService published, List<ReportSection> sections) {
        this.reports = reports;
        this.sections = sections;
        this.reportModel = reportModel;
        this.published = published;
        this.summaries = summaries;
        this.pdfs = pdfs;
        this.workbooks = workbooks;
        this.messages = messages;
    }

    @GetMapping("/reports")
    String showOwnReport(HttpServletRequest request) {
        ReportScope own = reports.own().orElseThrow(() -> new AccessDeniedException("no scope"));
        return "redirect:" + own.path() + query(request);
    }

    @GetMapping("/reports/district")
    String showDistrict(HttpServletRequest request, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) throws IOException {
        if (!Access.seesEverything() && Access.readsAnything()) {
            return showOwnReport(request);
        }
        return render(reports.district(), request, format, model, response);
    }

    @GetMapping("/reports/towns/{id}")
    String showTown(@PathVariable Long id, HttpServletRequest request, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) throws IOException {
        return render(reports.town(id), request, format, model, response);
    }

    @GetMapping("/reports/villages/{id}")
    String showVillage(@PathVariable Long id, HttpServletRequest request, @RequestParam(required = false) String format, Model model,
            HttpServletResponse response) throws IOException {
        return render(reports.village(id), request, format, model, response);
    }

    /**
     * The work summary draft of a period for the district (district readers), a town ({@code townId}) or a village
     * ({@code villageId}); without either, for the user's own scope. Chinese and English, to copy.
     */
    @GetMapping("/reports/summary")
    String showSummary(@RequestParam(required = false) Long townId, @RequestParam(required = false) Long villageId,
            HttpServletRequest request, Model model) {
        ReportScope scope = villageId != null ? reports.village(villageId) : townId != null ? reports.town(townId)
                : reports.own().orElseThrow(() -> new AccessDeniedException("no scope"));
        Period period = period(request, reports.today());
        Report report = reports.report(scope, period);
        String scopeName = scope.district() ? scope.name() : scope.level() == ReportScope.Level.TOWN
                ? scope.districtName() + scope.name() : scope.townName() + scope.name();
        model.addAttribute("report", report);
        model.addAttribute("periodLabel", messages.getMessage(period.labelKey(), period.labelArgs(), LocaleContextHolder.getLocale()));
        model.addAttribute("scopeLabel", ReportModel.scopeLabel(scope));
        model.addAttribute("periodQuery", query(request));
        model.addAttribute("drafts", Stream.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH).map(language -> {
            // the period as the draft's language writes it ("2023年", "2023")
            String label = messages.getMessage(period.labelKey(), period.labelArgs(), language);
            boolean chinese = language == Locale.SIMPLIFIED_CHINESE;
            return new WorkSummary.Draft(chinese ? "zh-CN" : "en", chinese ? "summary.chinese" : "summary.english",
                    summaries.paragraphs(report, scopeName, chinese ? label.replace(" ", "") : label, language));
        }).toList());
        return "reports/summary";
    }

    static Period period(HttpServletRequest request, LocalDate today) {
        return Period.parse(request.getParameter("year"), request.getParameter("quarter"), request.getParameter("month"),
                request.getParameter("from"), request.getParameter("to"), today);
    }

    /** The request's period parameters by name, for a form to send again. */
    static Map<String, String> periodParams(HttpServletRequest request) {
        Map<String, String> params = new LinkedHashMap<>();
        for (String name : new String[] {"year", "quarter", "month", "from", "to"}) {
            String value = request.getParameter(name);
            if (value != null && !value.isBlank()) {
                params.put(name, value);
            }
        }
        return params;
    }

    /** The request's period parameters, to carry over to another report. */
    static String query(HttpServletRequest request) {
        StringBuilder query = new StringBuilder();
        periodParams(request).forEach((name, value) -> query.append(query.isEmpty() ? '?' : '&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private String render(ReportScope scope, HttpServletRequest request, String format, Model model, HttpServletResponse response)
            throws IOException {
        Period period = period(request, reports.today());
        Report report = reports.report(scope, period);
        Locale locale = LocaleContextHolder.getLocale();
        String generatedAt = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
        // the PDF has no browser: its charts are images (ReportCharts)
        Map<String, Object> attributes = "pdf".equals(format) ? reportModel.paperAttributes(report, query(request), generatedAt, locale)
                : reportModel.attributes(report, query(request), generatedAt, locale);
        if (format == null || format.isBlank()) {
            model.addAllAttributes(attributes);
            model.addAttribute("versions", published.versionsOf(scope, period));
            model.addAttribute("sections", sections.stream().sorted(Comparator.comparingInt(ReportSection::order))
                    .map(section -> new ReportSection.View(section.template(), section.fragment(),
                            section.data(scope.town() ? scope.id() : null, scope.villageId(), period.from(), period.to())))
                    .filter(view -> !view.data().isEmpty()).toList());
            model.addAttribute("periodParams", periodParams(request));
            model.addAttribute("canPublish", published.canPublish() && period.valid());
            if (!model.containsAttribute("publishTitle")) {
                model.addAttribute("publishTitle", messages.getMessage("published.titleDefault", new Object[] {scope.name(),
                        messages.getMessage("report.title." + scope.level(), null, locale), attributes.get("periodLabel")}, locale));
            }
            return "reports/report";
        }
        switch (format) {
            case "pdf" -> writePdf(attributes, locale, response);
            case "xlsx" -> workbooks.write(report, attributes, locale, response);
            default -> throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "unknown format");
        }
        return null;
    }

    private void writePdf(Map<String, Object> attributes, Locale locale, HttpServletResponse response) throws IOException {
        pdfs.respond("reports/report-pdf", attributes, locale, fileName((Report) attributes.get("report")), response);
    }

    /** An ASCII file name naming the report's scope and period: report-town-4-2023-01-01-2023-12-31. */
    static String fileName(Report report) {
        ReportScope scope = report.scope();
        return "report-" + scope.level().name().toLowerCase(Locale.ROOT) + (scope.id() == null ? "" : "-" + scope.id()) + "-"
                + report.period().from() + "-" + report.period().to();
    }

}
