package org.cunwu.cadres;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;


/** A post in the dictionary (党支部书记, 村委会主任 …); staff may add posts, the Party secretary is fixed by migration. */
@Entity
@Table(name = "post_type")
public class PostType {

    public static final String PARTY_SECRETARY = "PARTY_SECRETARY";
    public static final String DEPUTY_SECRETARY = "DEPUTY_SECRETARY";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private boolean secretary;

    private int sortOrder;

    @Version
    private Long version;

    protected PostType() {
    }

    PostType(String code, String nameZh, String nameEn, int sortOrder) {
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

    /** The name in the reader's language. */
    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameZh;
    }

    public boolean isSecretary() {
        return secretary;
    }

    public int getSortOrder() {
        return sortOrder;
    }

    public Long getVersion() {
        return version;
    }
}
