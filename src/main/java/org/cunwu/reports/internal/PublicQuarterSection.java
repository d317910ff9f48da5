package org.cunwu.reports.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cunwu.publicnotice.PublicNoticeSection;
import org.cunwu.publicnotice.PublicVillage;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The last quarter's figures on a village's public notice page, counted as the village's report counts them: public
 * commitments pledged and fulfilled, receptions and their person-times, problems raised and resolved. The last complete
 * quarter; where the village has no records that late (the demo district's end in early 2024), the latest quarter
 * that has them, named on the page. Counts only: no names.
 */
@Component
class PublicQuarterSection implements PublicNoticeSection {

    static final List<Figure> SHOWN = List.of(Figure.COMMITMENTS, Figure.COMMITMENTS_FULFILLED, Figure.RECEPTIONS, Figure.RECEPTION_PEOPLE,
            Figure.PROBLEMS_RAISED, Figure.PROBLEMS_RESOLVED);

    private final ReportQueries queries;
    private final ReportService reports;
    private final Clock clock;

    PublicQuarterSection(ReportQueries queries, ReportService reports, Clock clock) {
        this.queries = queries;
        this.reports = reports;
        this.clock = clock;
    }

    /** A figure as shown: its label's key and its count. */
    record Shown(String labelKey, Number value) {
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String template() {
        return "reports/public";
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, Object> data(PublicVillage village) {
        Optional<ReportScope> scope = queries.village(village.id());
        if (scope.isEmpty()) {
            return Map.of();
        }
        LocalDate lastQuarterEnd = LocalDate.now(clock).with(IsoFields.DAY_OF_QUARTER, 1).minusDays(1);
        LocalDate latest = queries.latestDayWithRecords(village.id(), lastQuarterEnd);
        LocalDate inQuarter = latest == null ? lastQuarterEnd : latest;
        int quarter = inQuarter.get(IsoFields.QUARTER_OF_YEAR);
        Period period = Period.parse(String.valueOf(inQuarter.getYear()), String.valueOf(quarter), null, null, null, inQuarter);
        Report report = reports.report(scope.get(), period);
        List<Shown> figures = new ArrayList<>();
        for (Figure figure : SHOWN) {
            figures.add(new Shown("report.figure." + figure.name(), report.total().get(figure)));
        }
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("periodKey", period.labelKey());
        data.put("periodArgs", period.labelArgs());
        data.put("figures", figures);
        return data;
    }
}
