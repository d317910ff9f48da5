package org.cunwu.reports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.cunwu.reports.internal.Figure;
import org.cunwu.reports.internal.Period;
import org.cunwu.reports.internal.Report;
import org.cunwu.reports.internal.ReportLinks;
import org.cunwu.reports.internal.ReportScope;
import org.cunwu.reports.internal.ReportService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A village's figures for a quarter exactly as its report counts them (the same queries over the report views, the
 * same definitions and links), for modules that show or freeze them beside their own records (the quarterly ledger).
 * The village must be within the user's scope (otherwise not found), as for its report. The ledger also counts the
 * quarter's household visits and project progress entries, which no report shows (view {@code report_activity}).
 */
@NamedInterface("api")
@Service
public class VillageFigures {

    /** What a quarterly ledger (季度工作台账) reports, in this order. */
    public static final List<String> LEDGER = List.of("COMMITMENTS", "COMMITMENTS_FULFILLED", "COMMITMENTS_OVERDUE", "RECEPTIONS",
            "RECEPTION_PEOPLE", "PROBLEMS_RAISED", "PROBLEMS_RESOLVED", "PETITIONS_RAISED", "PETITIONS_RESOLVED", "PROJECTS_ACTIVE",
            "NEW_OPERATING", "CADRES_ADJUSTED", "REPRESENTATIVES");

    /** What a ledger counts besides the report's figures: household visits made and project progress entries written. */
    public static final List<String> ACTIVITY = List.of("VISITS", "PROGRESS_ENTRIES");

    /** One figure: its name, its message key (label in the user's language), its value, and the list of what it counts. */
    public record Line(String figure, String labelKey, Number value, String link) {
    }

    private final ReportService reports;
    private final JdbcTemplate jdbc;

    VillageFigures(ReportService reports, JdbcTemplate jdbc) {
        this.reports = reports;
        this.jdbc = jdbc;
    }

    /** The ledger's figures of the village for the quarter, counted from today's records. */
    @Transactional(readOnly = true)
    public List<Line> quarter(long villageId, int year, int quarter) {
        ReportScope scope = reports.village(villageId);
        LocalDate from = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        Period period = new Period(from, from.plusMonths(3).minusDays(1), "period.quarter", new Object[] {String.valueOf(year), quarter}, true);
        Report report = reports.report(scope, period);
        ReportLinks links = new ReportLinks(scope, period, report.asOf());
        List<Line> lines = new ArrayList<>(LEDGER.stream().map(name -> {
            Figure figure = Figure.valueOf(name);
            return new Line(name, figure.messageKey(), report.total().get(figure), links.of(name));
        }).toList());
        Map<String, Long> activity = new HashMap<>();
        jdbc.query("select fact, count(*) from report_activity where village_id = ? and on_date between ? and ? group by fact",
                rs -> { activity.put(rs.getString(1), rs.getLong(2)); }, villageId, period.from(), period.to());
        lines.add(new Line("VISITS", "report.ledgerFigure.VISITS", activity.getOrDefault("VISIT", 0L), "/visits?villageId=" + villageId));
        lines.add(new Line("PROGRESS_ENTRIES", "report.ledgerFigure.PROGRESS_ENTRIES", activity.getOrDefault("PROGRESS_ENTRY", 0L), null));
        return lines;
    }

    /** The message key of a figure's definition (统计口径), as the reports print it. */
    public static String definitionKey(String figure) {
        return "report.definition." + figure;
    }
}
