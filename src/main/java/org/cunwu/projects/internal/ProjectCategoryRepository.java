package org.cunwu.projects.internal;

import org.cunwu.shared.dictionary.DictionaryRepository;

public interface ProjectCategoryRepository extends DictionaryRepository<ProjectCategory> {
}
