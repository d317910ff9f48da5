package org.cunwu.projects.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cunwu.shared.dictionary.DictionaryEntry;

/** A project category from the dictionary staff keep (种植, 养殖, 文旅民宿 …). */
@Entity
@Table(name = "project_category")
public class ProjectCategory extends DictionaryEntry {

    protected ProjectCategory() {
    }

    ProjectCategory(String code, String nameZh, String nameEn, int sortOrder) {
        super(code, nameZh, nameEn, sortOrder);
    }
}
