package org.cunwu.inbox;

import java.util.Objects;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.springframework.modulith.NamedInterface;

/**
 * Who an inbox item is for: one user, or every user of a role (optionally of one town or one village). Resolved when
 * a user reads the inbox, so staff who join a town later see its open items, and each user reads and marks them on their own.
 */
@NamedInterface("api")
public record Recipient(Long userId, Role role, Long townId, Long villageId) {

    public Recipient {
        if (userId == null && role == null) {
            throw new IllegalArgumentException("a recipient names a user or a role");
        }
    }

    public static Recipient user(long userId) {
        return new Recipient(userId, null, null, null);
    }

    /** Every user of the role, whatever their town or village (e.g. district staff). */
    public static Recipient role(Role role) {
        return new Recipient(null, Objects.requireNonNull(role), null, null);
    }

    /** The staff of one town. */
    public static Recipient townStaff(long townId) {
        return new Recipient(null, Role.TOWN_STAFF, townId, null);
    }

    /** The secretary (secretaries) of one village. */
    public static Recipient secretary(long villageId) {
        return new Recipient(null, Role.VILLAGE_SECRETARY, null, villageId);
    }

    /** A user of this role, town and village; null values of the recipient match any. */
    public boolean includes(PortalUser user) {
        if (userId != null) {
            return userId.equals(user.getId());
        }
        return role == user.getRole() && (townId == null || townId.equals(user.getTownId()))
                && (villageId == null || villageId.equals(user.getVillageId()));
    }
}
