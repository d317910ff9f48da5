package org.cunwu.representatives.internal;

import org.cunwu.shared.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the problem categories for the administrator's dictionary pages (/admin/dictionaries/problem-categories). */
@Configuration(proxyBeanMethods = false)
class ProblemCategoryDictionary {

    @Bean
    Dictionary<ProblemCategory> problemCategories(ProblemCategoryRepository categories) {
        return new Dictionary<>("problem-categories", "dictionary.problemCategories.title", categories, ProblemCategory::new);
    }
}
