package org.cunwu.cadres.internal;

/** What a cohort does together: training, exchange visits, postings (挂职). */
public enum ActivityKind {
    TRAINING, EXCHANGE, POSTING;

    public String messageKey() {
        return "activity.kind." + name();
    }
}
