package org.cunwu.representatives.internal;

import java.util.Locale;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;

/** A rule of the points dictionary: what earns how many points. District staff change the points. */
@Entity
@Table(name = "point_rule")
public class PointRule extends VersionedEntity {

    public static final String VISIT = "VISIT";
    public static final String COMMITMENT_FULFILLED = "COMMITMENT_FULFILLED";
    public static final String PROBLEM_RESOLVED = "PROBLEM_RESOLVED";

    private String code;

    private String nameZh;

    private String nameEn;

    private int points;

    private int sortOrder;

    protected PointRule() {
    }

    public void changePoints(int points) {
        this.points = points;
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

}
