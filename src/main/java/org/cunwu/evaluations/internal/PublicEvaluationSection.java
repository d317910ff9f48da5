package org.cunwu.evaluations.internal;

import java.util.Map;

import org.cunwu.publicnotice.PublicNoticeSection;
import org.cunwu.publicnotice.PublicVillage;
import org.springframework.stereotype.Component;

/**
 * The evaluation on a village's public notice page once its results are published (closed): the counts and each public
 * commitment's grade with the name of the representative who pledged it; no rater, vote or comment. The same latest
 * published evaluation as the printed notice board whose QR code leads here, so the page and the board agree.
 */
@Component
class PublicEvaluationSection implements PublicNoticeSection {

    private final EvaluationResults results;

    PublicEvaluationSection(EvaluationResults results) {
        this.results = results;
    }

    @Override
    public int order() {
        return 30;
    }

    @Override
    public String template() {
        return "evaluations/public";
    }

    @Override
    public Map<String, Object> data(PublicVillage village) {
        return results.latestPublishedFor(village.id()).<Map<String, Object>>map(published -> Map.of("result", published))
                .orElse(Map.of());
    }
}
