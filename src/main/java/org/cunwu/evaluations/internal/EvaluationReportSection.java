package org.cunwu.evaluations.internal;

import java.time.LocalDate;
import java.util.Map;

import org.cunwu.reports.ReportSection;
import org.springframework.stereotype.Component;

/**
 * The year's published evaluation results in the district, town and village reports: a report whose period lies in one
 * year shows that year's closed evaluation (totals, the representatives at or over the threshold with their talks) and
 * links to the full results.
 */
@Component
class EvaluationReportSection implements ReportSection {

    private final EvaluationResults results;

    EvaluationReportSection(EvaluationResults results) {
        this.results = results;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String template() {
        return "evaluations/sections";
    }

    @Override
    public String fragment() {
        return "reportResults";
    }

    @Override
    public Map<String, Object> data(Long townId, Long villageId, LocalDate from, LocalDate to) {
        if (from == null || to == null || from.getYear() != to.getYear()) {
            return Map.of();
        }
        return results.publishedOf(from.getYear()).map(evaluation -> Map.<String, Object>of(
                "evaluation", evaluation,
                "total", results.total(evaluation, townId, villageId),
                "escalated", results.representatives(evaluation, townId, villageId, true),
                "link", villageId != null ? "/evaluations/" + evaluation.getId() + "/villages/" + villageId
                        : townId != null ? "/evaluations/" + evaluation.getId() + "?townId=" + townId : "/evaluations/" + evaluation.getId()))
                .orElse(Map.of());
    }
}
