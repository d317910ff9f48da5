package org.cunwu.cadres;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;

/** A post in the dictionary (党支部书记, 村委会主任 …); staff may add posts, the Party secretary is fixed by migration. */
@Entity
@Audited
@Table(name = "post_type")
public class PostType implements Historied {

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

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("postType.code", code);
        fields.put("postType.nameZh", nameZh);
        fields.put("postType.nameEn", nameEn);
        return fields;
    }
}
