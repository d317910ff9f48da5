package org.cunwu.projects;

import org.cunwu.shared.dictionary.DictionaryRepository;

interface ProjectCategoryRepository extends DictionaryRepository<ProjectCategory> {
}
