package org.cunwu.shared;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Which records a user may see: all, one town's, one village's, or none; what follows from it for each
 * kind of record is decided in {@link org.cunwu.shared.access.Access}. It fails closed: a role without the town or village it needs, an
 * unknown role or no signed-in user gives {@link Level#NONE}, never everything.
 */
public record Scope(Level level, Long townId, Long villageId) {

    public enum Level { ALL, TOWN, VILLAGE, NONE }

    private static final Scope NONE = new Scope(Level.NONE, null, null);

    public static Scope of(Role role, Long townId, Long villageId) {
        if (role == null) {
            return NONE;
        }
        return switch (role) {
            case ADMIN, DISTRICT_STAFF, VIEWER -> new Scope(Level.ALL, null, null);
            case TOWN_STAFF -> townId == null ? NONE : new Scope(Level.TOWN, townId, null);
            case VILLAGE_SECRETARY -> villageId == null ? NONE : new Scope(Level.VILLAGE, null, villageId);
        };
    }

    public static Scope none() {
        return NONE;
    }

    /** The scope of the user of the current request; none when nobody is signed in. */
    public static Scope current() {
        PortalUser user = currentUser();
        return user == null ? NONE : user.scope();
    }

    public static PortalUser currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PortalUser user ? user : null;
    }

    public static Role currentRole() {
        PortalUser user = currentUser();
        return user == null ? null : user.getRole();
    }
}
