package org.cunwu.representatives.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cunwu.shared.dictionary.DictionaryEntry;

/** A problem category from the dictionary staff keep (道路交通, 邻里纠纷 …). */
@Entity
@Table(name = "problem_category")
public class ProblemCategory extends DictionaryEntry {

    protected ProblemCategory() {
    }

    ProblemCategory(String code, String nameZh, String nameEn, int sortOrder) {
        super(code, nameZh, nameEn, sortOrder);
    }
}
