package org.cunwu.shared.dictionary;

import java.util.Locale;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;

/**
 * An entry of a dictionary staff keep (posts, project categories, problem categories): a stable code, names in both
 * languages and a place in the order. Each dictionary is its own table with these columns.
 */
@MappedSuperclass
public abstract class DictionaryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private int sortOrder;

    @Version
    private Long version;

    protected DictionaryEntry() {
    }

    protected DictionaryEntry(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        rename(nameZh, nameEn, sortOrder);
    }

    void rename(String nameZh, String nameEn, int sortOrder) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
    }

    /** An entry the application itself relies on (the Party secretary post), which staff may rename but not delete. */
    public boolean isFixed() {
        return false;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getNameZh() {
        return nameZh;
    }

    public String getNameEn() {
        return nameEn;
    }

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return name(locale, nameZh, nameEn);
    }

    /** Of an entry's two names, the one in the reader's language (for a download that reads the names alone). */
    public static String name(Locale locale, String nameZh, String nameEn) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Long getVersion() {
        return version;
    }
}
