package org.cunwu.cadres.internal;

/** Highest education, in the categories Chinese cadre rosters use. */
public enum Education {
    PRIMARY, JUNIOR_HIGH, SENIOR_HIGH, VOCATIONAL, JUNIOR_COLLEGE, BACHELOR, POSTGRADUATE;

    public String messageKey() {
        return "education." + name();
    }
}
