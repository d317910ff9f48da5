package org.cunwu.evaluations;

import java.util.Map;

import org.cunwu.representatives.NoticeBoardSection;
import org.cunwu.villages.Village;
import org.springframework.stereotype.Component;

/** The village notice board posts the results of the latest published evaluation it had commitments in: each commitment's grade. */
@Component
class EvaluationNoticeBoardSection implements NoticeBoardSection {

    private final EvaluationResults results;

    EvaluationNoticeBoardSection(EvaluationResults results) {
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
        return "noticeBoardResults";
    }

    @Override
    public Map<String, Object> data(Village village) {
        return results.latestPublishedFor(village.getId()).<Map<String, Object>>map(published -> Map.of("published", published))
                .orElse(Map.of());
    }
}
