package org.cunwu.representatives;

import org.cunwu.shared.dictionary.DictionaryRepository;

interface ProblemCategoryRepository extends DictionaryRepository<ProblemCategory> {
}
