package org.cunwu.representatives.internal;

import org.cunwu.shared.dictionary.DictionaryRepository;

public interface ProblemCategoryRepository extends DictionaryRepository<ProblemCategory> {
}
