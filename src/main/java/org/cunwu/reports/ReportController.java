package org.cunwu.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.cunwu.shared.export.ExportFormat;
import org.cunwu.shared.export.TableExporter;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** /reports/district: the district summary of a year, quarter, month or from–to, on screen, on paper and in Excel. */
@Controller
class ReportController {

    private final DistrictSummaryService summaries;
    private final PdfRenderer pdfs;
    private final TableExporter exporter;
    private final MessageSource messages;

    ReportController(DistrictSummaryService summaries, PdfRenderer pdfs, TableExporter exporter, MessageSource messages) {
        this.summaries = summaries;
        this.pdfs = pdfs;
        this.exporter = exporter;
        this.messages = messages;
    }

    @GetMapping("/reports/district")
    String showDistrictSummary(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, Model model) {
        Period period = Period.parse(year, quarter, month, from, to, LocalDate.now());
        model.addAttribute("summary", summaries.summarise(period));
        model.addAttribute("periodLabel", messages.getMessage(period.labelKey(), period.labelArgs(), LocaleContextHolder.getLocale()));
        return "reports/district";
    }

    @GetMapping(value = "/reports/district", params = "format=pdf")
    void printDistrictSummary(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, HttpServletResponse response) throws IOException {
        Period period = Period.parse(year, quarter, month, from, to, LocalDate.now());
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage(period.labelKey(), period.labelArgs(), locale);
        byte[] pdf;
        try {
            pdf = pdfs.render("reports/district-pdf", java.util.Map.of("summary", summaries.summarise(period), "periodLabel", label), locale);
        } catch (PdfRenderer.FontMissingException e) {
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write(messages.getMessage("report.pdf.noFont", new Object[] {pdfs.fontPath()}, locale));
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"district-summary.pdf\"");
        response.getOutputStream().write(pdf);
    }

    @GetMapping(value = "/reports/district", params = "format")
    void exportDistrictSummary(@RequestParam(required = false) String year, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) String month, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam String format, HttpServletResponse response) throws IOException {
        Period period = Period.parse(year, quarter, month, from, to, LocalDate.now());
        DistrictSummary s = summaries.summarise(period);
        Locale locale = LocaleContextHolder.getLocale();
        String label = messages.getMessage(period.labelKey(), period.labelArgs(), locale);
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of(message("report.period", locale), label));
        rows.add(List.of(message("report.cadresAdjusted", locale), s.cadresAdjusted()));
        rows.add(List.of(message("report.newOperatingInRectified", locale), s.newOperatingInRectified()));
        rows.add(List.of(message("report.petitionsResolved", locale), s.petitionsResolved()));
        s.campaigns().forEach(c -> rows.add(List.of(c.name() + " · " + message("report.campaignDirectionsTasks", locale),
                c.directions() + " / " + c.tasksCompleted())));
        rows.add(List.of(message("report.zonePlans", locale), s.zonePlans()));
        rows.add(List.of(message("report.keySupervised", locale), s.keySupervisedProjects()));
        rows.add(List.of(message("report.ninetiesSecretaries", locale), s.ninetiesSecretaries()));
        rows.add(List.of(message("report.returnedTalents", locale), s.returnedTalents()));
        rows.add(List.of(message("report.advisers", locale), s.advisers()));
        rows.add(List.of(message("report.partnerProjects", locale), s.partnerProjects()));
        rows.add(List.of(message("report.publicCommitments", locale), s.publicCommitments()));
        rows.add(List.of(message("report.commitmentsFulfilled", locale), s.commitmentsFulfilled()));
        rows.add(List.of(message("report.receptionPeople", locale), s.receptionPeople()));
        rows.add(List.of(message("report.problemsResolved", locale), s.problemsResolved()));
        exporter.export(response, ExportFormat.parse(format).orElse(ExportFormat.XLSX), message("report.district.title", locale),
                List.of(message("report.figure", locale), message("report.value", locale)), sink -> rows.forEach(sink::row));
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
