package org.cunwu.evaluations.internal;

/** Who rates a commitment: the staff of its town, its village's secretary, and each member of the village's panel. */
public enum Rater {
    TOWN, SECRETARY, PANEL;

    public String messageKey() {
        return "evaluation.rater." + name();
    }
}
