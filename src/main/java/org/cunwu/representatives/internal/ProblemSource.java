package org.cunwu.representatives.internal;

/** Where a problem came from. */
public enum ProblemSource {
    RECEPTION, VISIT, PETITION, OTHER;

    public String messageKey() {
        return "problem.source." + name();
    }
}
