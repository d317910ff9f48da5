package org.cunwu.projects;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A project's life: planned → building → operating → finished, with suspension possible on the way.
 * A change that is not the normal next step needs a reason.
 */
@NamedInterface("api")
public enum ProjectStatus {
    PLANNED, BUILDING, OPERATING, SUSPENDED, FINISHED;

    public Set<ProjectStatus> allowedNext() {
        return switch (this) {
            case PLANNED -> EnumSet.of(BUILDING, SUSPENDED);
            case BUILDING -> EnumSet.of(OPERATING, SUSPENDED);
            case OPERATING -> EnumSet.of(SUSPENDED, FINISHED);
            case SUSPENDED -> EnumSet.of(BUILDING, OPERATING, FINISHED);
            case FINISHED -> EnumSet.noneOf(ProjectStatus.class);
        };
    }

    public boolean isNormalNext(ProjectStatus next) {
        return (this == PLANNED && next == BUILDING) || (this == BUILDING && next == OPERATING)
                || (this == OPERATING && next == FINISHED);
    }

    public String messageKey() {
        return "project.status." + name();
    }
}
