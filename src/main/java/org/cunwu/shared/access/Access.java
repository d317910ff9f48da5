package org.cunwu.shared.access;

import java.util.List;
import java.util.function.Supplier;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Role;
import org.cunwu.shared.Scope;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who may see and who may change what: the one place that decides by the signed-in user's role and scope
 * (PRODUCT.md "Users and what they do"). Modules name the path from their record to its village, or the
 * record's town and village ids, and the kind of record's {@link Editors}; nothing else switches on a role or a
 * scope level.
 *
 * <p>Reading: a village's records are visible to the district's readers, the staff of the village's town and the
 * village's secretary. Fails closed: a user without a resolvable scope sees nothing. A record outside the scope
 * is "not found" (404), so its existence is not revealed; a visible record that the user may not change is
 * "forbidden" (403).
 */
public final class Access {

    /** Who changes a kind of record, besides reading it. */
    public enum Editors {
        /** The administrator only: accounts and dictionaries. */
        ADMIN,
        /** District staff: the district's structure and plans (towns, clusters, zones, campaigns, programmes, cohorts, point rules). */
        DISTRICT,
        /** District staff and the staff of the record's town: villages, cadres, projects, talents, partner projects. */
        TOWN,
        /** ...and the secretary of the record's village: representatives, commitments, receptions, visits, problems. */
        VILLAGE
    }

    private Access() {
    }

    // ---- reading

    /** Whether the user may read anything at all (a scope that cannot be resolved reads nothing). */
    public static boolean readsAnything() {
        return Scope.current().level() != Scope.Level.NONE;
    }

    /** Whether a record of the village (given by its town's id and its own) is visible. Ids, never code prefixes. */
    public static boolean canSee(Long townId, Long villageId) {
        Scope scope = Scope.current();
        return switch (scope.level()) {
            case ALL -> true;
            case TOWN -> scope.townId().equals(townId);
            case VILLAGE -> scope.villageId().equals(villageId);
            case NONE -> false;
        };
    }

    /** Whether the user reads the whole district (a record of no village, such as an empty zone, is theirs to see). */
    public static boolean seesEverything() {
        return Scope.current().level() == Scope.Level.ALL;
    }

    /**
     * Whether a town's own page is visible: the district, the town's staff, and the secretaries of its villages
     * (the town of a secretary's village is asked only when needed; a caller that answers null leaves them out).
     */
    public static boolean canSeeTown(Long townId, Supplier<Long> townOfOwnVillage) {
        Scope scope = Scope.current();
        return switch (scope.level()) {
            case ALL -> true;
            case TOWN -> scope.townId().equals(townId);
            case VILLAGE -> townId != null && townId.equals(townOfOwnVillage.get());
            case NONE -> false;
        };
    }

    /** The record of the village, or not found when the user may not see it. */
    public static <T> T requireVisible(T record, Long townId, Long villageId, String what, Object id) {
        if (record == null || !canSee(townId, villageId)) {
            throw new RecordNotFoundException(what, id);
        }
        return record;
    }

    /** "Visible to this user" for a query, given the path from the record to its village entity (e.g. {@code "village"}). */
    public static <T> Specification<T> visible(String... pathToVillage) {
        Scope scope = Scope.current();
        return (root, query, cb) -> {
            Path<?> village = root;
            for (String step : pathToVillage) {
                village = village.get(step);
            }
            return villageVisible(scope, village, cb);
        };
    }

    /** The same condition on a village path the caller has joined already. */
    public static Predicate villageVisible(Path<?> village, CriteriaBuilder cb) {
        return villageVisible(Scope.current(), village, cb);
    }

    private static Predicate villageVisible(Scope scope, Path<?> village, CriteriaBuilder cb) {
        return switch (scope.level()) {
            case ALL -> cb.conjunction();
            case TOWN -> cb.equal(village.get("town").get("id"), scope.townId());
            case VILLAGE -> cb.equal(village.get("id"), scope.villageId());
            case NONE -> cb.disjunction();
        };
    }

    /** The same condition for plain SQL over the columns that hold a record's town id and village id. */
    public static String sqlVisible(String townColumn, String villageColumn, List<Object> args) {
        Scope scope = Scope.current();
        return switch (scope.level()) {
            case ALL -> "true";
            case TOWN -> {
                args.add(scope.townId());
                yield townColumn + " = ?";
            }
            case VILLAGE -> {
                args.add(scope.villageId());
                yield villageColumn + " = ?";
            }
            case NONE -> "false";
        };
    }

    // ---- changing

    /** Whether the user may create records of the kind somewhere in their scope. */
    public static boolean canCreate(Editors editors) {
        Role role = Scope.currentRole();
        if (role == null || !readsAnything()) {
            return false;
        }
        return switch (editors) {
            case ADMIN -> role == Role.ADMIN;
            case DISTRICT -> district(role);
            case TOWN -> district(role) || role == Role.TOWN_STAFF;
            case VILLAGE -> district(role) || role == Role.TOWN_STAFF || role == Role.VILLAGE_SECRETARY;
        };
    }

    /** Whether the user may change a record of the kind that belongs to the village (town's id, village's id). */
    public static boolean canEdit(Editors editors, Long townId, Long villageId) {
        Role role = Scope.currentRole();
        if (role == null || !canSee(townId, villageId)) {
            return false;
        }
        return switch (editors) {
            case ADMIN -> role == Role.ADMIN;
            case DISTRICT -> district(role);
            case TOWN -> district(role) || role == Role.TOWN_STAFF;
            case VILLAGE -> district(role) || role == Role.TOWN_STAFF || role == Role.VILLAGE_SECRETARY;
        };
    }

    /** Whether the user may change a record of the kind that belongs to no village (the district's own). */
    public static boolean canEditDistrictRecord(Editors editors) {
        return canCreate(editors) && (editors == Editors.ADMIN || editors == Editors.DISTRICT);
    }

    /** Refuses a change: not found when the record is outside the scope, forbidden when it is only read-only here. */
    public static void requireEdit(Editors editors, Long townId, Long villageId, String what, Object id) {
        if (!canSee(townId, villageId)) {
            throw new RecordNotFoundException(what, id);
        }
        if (!canEdit(editors, townId, villageId)) {
            throw new AccessDeniedException("may not change " + what + " " + id);
        }
    }

    /** Refuses creating a record of the kind. */
    public static void requireCreate(Editors editors, String what) {
        if (!canCreate(editors)) {
            throw new AccessDeniedException("may not create " + what);
        }
    }

    /**
     * Whether the user speaks for the village itself: its secretary. What only a village declares (its quarterly ledger's
     * submission) is theirs alone; the town and district review it instead of writing it for them.
     */
    public static boolean speaksForVillage(Long villageId) {
        return Scope.currentRole() == Role.VILLAGE_SECRETARY && villageId != null && villageId.equals(Scope.current().villageId());
    }

    /** Refuses a village's own declaration: not found outside the scope, forbidden for anyone but its secretary. */
    public static void requireSpeaksForVillage(Long townId, Long villageId, String what, Object id) {
        if (!canSee(townId, villageId)) {
            throw new RecordNotFoundException(what, id);
        }
        if (!speaksForVillage(villageId)) {
            throw new AccessDeniedException("only the village's secretary declares " + what + " " + id);
        }
    }

    /** A secretary's own village: their forms never offer another. */
    public static Long fixedVillageId() {
        return Scope.currentRole() == Role.VILLAGE_SECRETARY ? Scope.current().villageId() : null;
    }

    /** A town's staff's own town: their forms never offer another. */
    public static Long fixedTownId() {
        return Scope.currentRole() == Role.TOWN_STAFF ? Scope.current().townId() : null;
    }

    private static boolean district(Role role) {
        return role == Role.ADMIN || role == Role.DISTRICT_STAFF;
    }
}
