package org.cunwu.representatives.internal;

import java.util.EnumSet;
import java.util.Set;

/** PLEDGED → IN_PROGRESS → FULFILLED, or WITHDRAWN with a reason. Overdue is derived from the date, never stored. */
public enum CommitmentStatus {
    PLEDGED, IN_PROGRESS, FULFILLED, WITHDRAWN;

    public Set<CommitmentStatus> allowedNext() {
        return switch (this) {
            case PLEDGED -> EnumSet.of(IN_PROGRESS, FULFILLED, WITHDRAWN);
            case IN_PROGRESS -> EnumSet.of(FULFILLED, WITHDRAWN);
            case FULFILLED, WITHDRAWN -> EnumSet.noneOf(CommitmentStatus.class);
        };
    }

    public boolean isOpen() {
        return this == PLEDGED || this == IN_PROGRESS;
    }

    public String messageKey() {
        return "commitment.status." + name();
    }
}
