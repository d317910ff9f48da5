package org.cunwu.evaluations.internal;

import java.util.Map;

import org.cunwu.representatives.NoticeBoardSection;
import org.cunwu.villages.Village;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The village notice board posts the results of the latest published evaluation it had commitments in: each commitment's grade. */
@Configuration
class EvaluationNoticeBoardSection {

    @Bean
    NoticeBoardSection noticeBoardResults(EvaluationResults results) {
        return new NoticeBoardSection(50, "evaluations/sections", "noticeBoardResults", village -> results
                .latestPublishedFor(village.getId()).<Map<String, Object>>map(published -> Map.of("published", published)).orElse(Map.of()));
    }
}
