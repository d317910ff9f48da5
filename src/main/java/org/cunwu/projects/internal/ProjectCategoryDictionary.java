package org.cunwu.projects.internal;

import org.cunwu.shared.dictionary.Dictionary;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Registers the project categories for the administrator's dictionary pages (/admin/dictionaries/project-categories). */
@Configuration(proxyBeanMethods = false)
class ProjectCategoryDictionary {

    @Bean
    Dictionary<ProjectCategory> projectCategories(ProjectCategoryRepository categories) {
        return new Dictionary<>("project-categories", "dictionary.projectCategories.title", categories, ProjectCategory::new);
    }
}
