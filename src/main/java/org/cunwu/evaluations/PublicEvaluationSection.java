package org.cunwu.evaluations;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

import org.cunwu.publicnotice.PublicNoticeSection;
import org.cunwu.publicnotice.PublicVillage;
import org.springframework.stereotype.Component;

/**
 * The year's evaluation on a village's public notice page once its results are published (closed): the counts and
 * each public commitment's grade with the name of the representative who pledged it, as the printed notice board shows
 * them; no rater, vote or comment. The latest closed evaluation of this year or the two before.
 */
@Component
class PublicEvaluationSection implements PublicNoticeSection {

    private final EvaluationResults results;
    private final Clock clock;

    PublicEvaluationSection(EvaluationResults results, Clock clock) {
        this.results = results;
        this.clock = clock;
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
        int year = LocalDate.now(clock).getYear();
        for (int y = year; y >= year - 2; y--) {
            Optional<EvaluationResults.PublishedResult> published = results.publishedFor(village.id(), y);
            if (published.isPresent() && published.get().counts().commitments() > 0) {
                return Map.of("result", published.get());
            }
        }
        return Map.of();
    }
}
