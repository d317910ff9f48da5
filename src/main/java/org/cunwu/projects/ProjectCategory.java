package org.cunwu.projects;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


/** A project category from the dictionary staff keep (种植, 养殖, 文旅民宿 …). */
@Entity
@Table(name = "project_category")
public class ProjectCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private int sortOrder;

    @Version
    private Long version;

    protected ProjectCategory() {
    }

    ProjectCategory(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = code;
        rename(nameZh, nameEn, sortOrder);
    }

    void rename(String nameZh, String nameEn, int sortOrder) {
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.sortOrder = sortOrder;
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

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Long getVersion() {
        return version;
    }
}
