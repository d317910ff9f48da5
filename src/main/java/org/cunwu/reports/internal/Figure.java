package org.cunwu.reports.internal;

/**
 * Every figure a report shows, in the order of the source article first, then the counts a district reports besides.
 * The message key names it in both languages ({@code report.figure.<name>}); {@link Kind} says how it is shown.
 */
public enum Figure {

    // the source article's figures
    CADRES_ADJUSTED(Kind.COUNT),
    NEW_OPERATING_RECTIFIED(Kind.COUNT),
    PETITIONS_RESOLVED(Kind.COUNT),
    TASKS_COMPLETED(Kind.COUNT),
    ZONE_PLANS(Kind.COUNT),
    KEY_SUPERVISED(Kind.COUNT),
    NINETIES_IN_COHORTS(Kind.COUNT),
    RETURNED_TALENTS(Kind.COUNT),
    ADVISERS(Kind.COUNT),
    PARTNER_PROJECTS(Kind.COUNT),
    COMMITMENTS(Kind.COUNT),
    RECEPTION_PEOPLE(Kind.COUNT),
    PROBLEMS_RESOLVED(Kind.COUNT),

    // the rest of what a district reports
    VILLAGES(Kind.COUNT),
    COMMUNITIES(Kind.COUNT),
    RECTIFICATION_VILLAGES(Kind.COUNT),
    REPRESENTATIVES(Kind.COUNT),
    CURRENT_CADRES(Kind.COUNT),
    SECRETARIES_DEPUTIES(Kind.COUNT),
    NINETIES_SECRETARIES_DEPUTIES(Kind.COUNT),
    PROJECTS_ACTIVE(Kind.COUNT),
    PROJECTS_OPERATING(Kind.COUNT),
    NEW_OPERATING(Kind.COUNT),
    INVESTMENT(Kind.AMOUNT),
    LAND(Kind.AMOUNT),
    INCOME(Kind.AMOUNT),
    COMMITMENTS_FULFILLED(Kind.COUNT),
    COMMITMENTS_OVERDUE(Kind.COUNT),
    RECEPTIONS(Kind.COUNT),
    PROBLEMS_RAISED(Kind.COUNT),
    PETITIONS_RAISED(Kind.COUNT),
    MEDIAN_DAYS(Kind.DAYS);

    /** COUNT: a whole number; AMOUNT: a decimal total (万元, 亩, 元); DAYS: a median, one decimal, absent without data. */
    enum Kind { COUNT, AMOUNT, DAYS }

    private final Kind kind;

    Figure(Kind kind) {
        this.kind = kind;
    }

    Kind kind() {
        return kind;
    }

    public String messageKey() {
        return "report.figure." + name();
    }
}
