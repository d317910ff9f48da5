package org.cunwu.reports.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.cunwu.projects.ProjectStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What the report templates need besides the report: labels of its scope and period, its links, the layout. */
@Component
class ReportModel {

    private final MessageSource messages;
    private final ReportCharts charts;

    ReportModel(MessageSource messages, ReportCharts charts) {
        this.messages = messages;
        this.charts = charts;
    }

    /** The model of the report's page (and its print): the charts as SVG. */
    Map<String, Object> attributes(Report report, String periodQuery, String generatedAt, Locale locale) {
        Map<String, Object> attributes = common(report, periodQuery, generatedAt, locale);
        attributes.put("charts", charts.of(report, locale, false));
        return attributes;
    }

    private Map<String, Object> common(Report report, String periodQuery, String generatedAt, Locale locale) {
        Period period = report.period();
        Map<String, Object> attributes = new HashMap<>();
        attributes.put("report", report);
        attributes.put("links", new ReportLinks(report.scope(), period, report.asOf()));
        attributes.put("periodLabel", periodLabel(period, locale));
        attributes.put("scopeLabel", scopeLabel(report.scope()));
        attributes.put("statuses", ProjectStatus.values());
        attributes.put("layout", ReportLayout.INSTANCE);
        attributes.put("periodQuery", periodQuery);
        attributes.put("generatedAt", generatedAt);
        attributes.put("pdfTitle", report.scope().name() + " " + messages.getMessage("report.title." + report.scope().level(), null, locale));
        return attributes;
    }

    /** The model of a page without a browser (the PDF, a published report's frozen body): the charts as images. */
    Map<String, Object> paperAttributes(Report report, String periodQuery, String generatedAt, Locale locale) {
        Map<String, Object> attributes = common(report, periodQuery, generatedAt, locale);
        attributes.put("pdf", true);
        attributes.put("charts", charts.of(report, locale, true));
        return attributes;
    }

    String periodLabel(Period period, Locale locale) {
        return messages.getMessage(period.labelKey(), period.labelArgs(), locale);
    }

    /** "罗庄区", "罗庄区 · 册山街道", "罗庄区 · 册山街道 · 某村": the report's scope for its header. */
    static String scopeLabel(ReportScope scope) {
        return switch (scope.level()) {
            case DISTRICT -> scope.districtName();
            case TOWN -> scope.districtName() + " · " + scope.name();
            case VILLAGE -> scope.districtName() + " · " + scope.townName() + " · " + scope.name();
        };
    }
}
