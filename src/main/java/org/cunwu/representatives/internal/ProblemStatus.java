package org.cunwu.representatives.internal;

import java.util.EnumSet;
import java.util.Set;

/** OPEN → ASSIGNED → RESOLVED (note and date required), or ESCALATED with a reason. */
public enum ProblemStatus {
    OPEN, ASSIGNED, RESOLVED, ESCALATED;

    public Set<ProblemStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(ASSIGNED, RESOLVED, ESCALATED);
            case ASSIGNED -> EnumSet.of(RESOLVED, ESCALATED);
            case ESCALATED -> EnumSet.of(RESOLVED);
            case RESOLVED -> EnumSet.noneOf(ProblemStatus.class);
        };
    }

    public String messageKey() {
        return "problem.status." + name();
    }
}
