package org.cunwu.talent.internal;

import java.util.EnumSet;
import java.util.Set;

/** An entrepreneur's application: submitted → shortlisted → accepted, or rejected (with a reason) on the way. */
public enum ApplicationStatus {
    SUBMITTED, SHORTLISTED, ACCEPTED, REJECTED;

    public Set<ApplicationStatus> allowedNext() {
        return switch (this) {
            case SUBMITTED -> EnumSet.of(SHORTLISTED, REJECTED);
            case SHORTLISTED -> EnumSet.of(ACCEPTED, REJECTED);
            case ACCEPTED, REJECTED -> EnumSet.noneOf(ApplicationStatus.class);
        };
    }

    public boolean isFinal() {
        return allowedNext().isEmpty();
    }

    public String messageKey() {
        return "application.status." + name();
    }
}
