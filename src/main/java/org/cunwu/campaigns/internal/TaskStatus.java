package org.cunwu.campaigns.internal;

import java.util.EnumSet;
import java.util.Set;

/** A campaign task: open → in progress → done, or cancelled (with a reason). */
public enum TaskStatus {
    OPEN, IN_PROGRESS, DONE, CANCELLED;

    public Set<TaskStatus> allowedNext() {
        return switch (this) {
            case OPEN -> EnumSet.of(IN_PROGRESS, DONE, CANCELLED);
            case IN_PROGRESS -> EnumSet.of(DONE, CANCELLED);
            case DONE -> EnumSet.of(IN_PROGRESS);
            case CANCELLED -> EnumSet.of(OPEN);
        };
    }

    /** Anything else (cancelling, reopening) needs a reason. */
    public boolean isNormalNext(TaskStatus next) {
        return (this == OPEN && (next == IN_PROGRESS || next == DONE)) || (this == IN_PROGRESS && next == DONE);
    }

    public String messageKey() {
        return "task.status." + name();
    }
}
