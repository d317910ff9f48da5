package org.cunwu.reports.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.cunwu.villages.HomeSection;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard on the home page: this year's key figures of the user's own scope (the district, their town or their
 * village), each linking to its list, and three charts with their numbers as tables. It reads the report model,
 * so it costs the report's fixed number of aggregate queries (the months' trend among them).
 */
@Component
class DashboardSection implements HomeSection {

    /** The figures shown as cards, in this order. */
    static final List<String> CARDS = List.of("COMMITMENTS", "RECEPTION_PEOPLE", "PROBLEMS_RAISED", "PROBLEMS_RESOLVED",
            "PETITIONS_RESOLVED", "PROJECTS_ACTIVE", "CURRENT_CADRES", "RETURNED_TALENTS");

    private final ReportService reports;
    private final MessageSource messages;
    private final JsonMapper json;

    DashboardSection(ReportService reports, MessageSource messages, JsonMapper json) {
        this.reports = reports;
        this.messages = messages;
        this.json = json;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "reports/dashboard";
    }

    @Override
    public String fragment() {
        return "dashboard";
    }

    /** How many past years the home page offers besides the current one. */
    static final int PAST_YEARS = 5;

    @Override
    public Map<String, Object> data() {
        return reports.own().map(scope -> data(scope, chosenYear(reports.today().getYear()))).orElse(Map.of());
    }

    /** The year asked for with {@code /?year=…} when it is one the page offers, else the current one. */
    static int chosenYear(int current) {
        var attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            String asked = servlet.getRequest().getParameter("year");
            try {
                int year = asked == null ? current : Integer.parseInt(asked.trim());
                return year <= current && year >= current - PAST_YEARS ? year : current;
            } catch (NumberFormatException e) {
                return current;
            }
        }
        return current;
    }

    /** The dashboard of a scope for a year (the current one on the home page). */
    Map<String, Object> data(ReportScope scope, int year) {
        Period period = Period.ofYear(year, true);
        Report report = reports.report(scope, period);
        Locale locale = LocaleContextHolder.getLocale();
        List<DashboardChart> charts = List.of(monthlyChart(report.trend(), locale), problemChart(report, locale), projectChart(report, locale));
        Map<String, String> chartJson = new LinkedHashMap<>();
        charts.forEach(chart -> chartJson.put(chart.id(), chart.json(json)));
        int current = reports.today().getYear();
        List<Integer> years = IntStream.rangeClosed(current - PAST_YEARS, current).boxed()
                .sorted(Comparator.reverseOrder()).toList();
        // a year without any dated record (a new year's first days, the demo district after 2023): say where records are
        boolean drawCharts = hasRecords(report);
        Integer latest = drawCharts ? null : reports.latestYearWithRecords(report);
        String latestLink = latest == null || latest == year ? null
                : latest >= current - PAST_YEARS ? "/?year=" + latest : "/reports?year=" + latest;
        return Map.ofEntries(Map.entry("latestYear", latest == null ? "" : String.valueOf(latest)),
                Map.entry("latestLink", latestLink == null ? "" : latestLink),
                Map.entry("scope", scope), Map.entry("year", String.valueOf(year)), Map.entry("yearNumber", year),
                Map.entry("years", years), Map.entry("report", report), Map.entry("total", report.total()), Map.entry("cards", CARDS),
                Map.entry("links", new ReportLinks(scope, period, report.asOf())), Map.entry("charts", charts),
                Map.entry("chartJson", chartJson), Map.entry("drawCharts", drawCharts));
    }

    /** Whether the year has any dated record of the scope (the counts of the period, not the standing ones). */
    static boolean hasRecords(Report report) {
        Figures total = report.total();
        return Stream.of(Figure.COMMITMENTS, Figure.COMMITMENTS_FULFILLED, Figure.RECEPTIONS, Figure.PROBLEMS_RAISED,
                Figure.PROBLEMS_RESOLVED, Figure.CADRES_ADJUSTED, Figure.NEW_OPERATING, Figure.RETURNED_TALENTS, Figure.ADVISERS,
                Figure.PARTNER_PROJECTS, Figure.TASKS_COMPLETED, Figure.ZONE_PLANS).anyMatch(f -> total.count(f) > 0);
    }

    private DashboardChart monthlyChart(List<Report.TrendRow> months, Locale locale) {
        List<String> labels = new ArrayList<>();
        List<Long> fulfilled = new ArrayList<>();
        List<Long> resolved = new ArrayList<>();
        months.forEach(month -> {
            labels.add(message("dashboard.month." + month.start().getMonthValue(), locale));
            fulfilled.add(month.fulfilled());
            resolved.add(month.resolved());
        });
        return new DashboardChart("dashboard-monthly", "line", message("dashboard.chart.monthly", locale),
                message("dashboard.month", locale), labels,
                List.of(new DashboardChart.Series(message("dashboard.series.commitmentsFulfilled", locale), fulfilled),
                        new DashboardChart.Series(message("dashboard.series.problemsResolved", locale), resolved)));
    }

    private DashboardChart problemChart(Report report, Locale locale) {
        List<Report.CategoryRow> rows = report.problemCategories();
        return new DashboardChart("dashboard-problems", "bar", message("dashboard.chart.problems", locale),
                message("dashboard.category", locale), rows.stream().map(r -> name(r.nameZh(), r.nameEn(), locale)).toList(),
                List.of(new DashboardChart.Series(message("dashboard.series.problemsRaised", locale),
                                rows.stream().map(Report.CategoryRow::raised).toList()),
                        new DashboardChart.Series(message("dashboard.series.problemsResolved", locale),
                                rows.stream().map(Report.CategoryRow::resolved).toList())));
    }

    private DashboardChart projectChart(Report report, Locale locale) {
        List<Report.ProjectRow> rows = report.projects();
        return new DashboardChart("dashboard-projects", "pie", message("dashboard.chart.projects", locale),
                message("dashboard.category", locale), rows.stream().map(r -> name(r.nameZh(), r.nameEn(), locale)).toList(),
                List.of(new DashboardChart.Series(message("dashboard.series.projects", locale),
                        rows.stream().map(Report.ProjectRow::count).toList())));
    }

    private static String name(String zh, String en, Locale locale) {
        return "en".equals(locale.getLanguage()) && en != null && !en.isBlank() ? en : zh;
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
