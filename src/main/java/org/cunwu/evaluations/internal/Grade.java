package org.cunwu.evaluations.internal;

/** A rater's grade of a commitment, and the grade a rule decides from the votes. Ordered from best to worst. */
public enum Grade {
    EXCELLENT("EVALUATION_EXCELLENT"),
    QUALIFIED("EVALUATION_QUALIFIED"),
    FAILED("EVALUATION_FAILED");

    private final String pointRule;

    Grade(String pointRule) {
        this.pointRule = pointRule;
    }

    /** The code of the point rule a commitment graded so earns (the district sets its points). */
    public String pointRule() {
        return pointRule;
    }

    public String messageKey() {
        return "evaluation.grade." + name();
    }
}
