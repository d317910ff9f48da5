package org.cunwu.representatives;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A rule of the points dictionary: what earns how many points. District staff change the points. */
@Entity
@Table(name = "point_rule")
public class PointRule {

    public static final String VISIT = "VISIT";
    public static final String COMMITMENT_FULFILLED = "COMMITMENT_FULFILLED";
    public static final String PROBLEM_RESOLVED = "PROBLEM_RESOLVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String nameZh;

    private String nameEn;

    private int points;

    private int sortOrder;

    @Version
    private Long version;

    protected PointRule() {
    }

    void changePoints(int points) {
        this.points = points;
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

    public int getPoints() {
        return points;
    }

    public Long getVersion() {
        return version;
    }
}
