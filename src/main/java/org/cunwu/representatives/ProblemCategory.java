package org.cunwu.representatives;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A problem category from the dictionary (道路交通, 邻里纠纷 …). */
@Entity
@Table(name = "problem_category")
public class ProblemCategory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private int sortOrder;

    @Version
    private Long version;

    protected ProblemCategory() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public String getNameZh() {
        return nameZh;
    }
}
