package org.cunwu.accounts.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.cunwu.shared.VersionedEntity;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Role;
import org.cunwu.shared.history.Historied;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A person who signs in: one role and, for town staff and secretaries, the town or village they belong to. */
@Entity
@Audited
@Table(name = "app_user")
public class UserAccount extends VersionedEntity implements Historied {

    private String username;

    private String displayName;

    @NotAudited
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    private Role role;

    private Long townId;

    private Long villageId;

    private boolean enabled = true;

    @NotAudited
    private int failedAttempts;

    @NotAudited
    private Instant lockedUntil;

    /** Set when an administrator chose the password: the user must choose their own before doing anything else. */
    @NotAudited
    private boolean mustChangePassword;

    protected UserAccount() {
    }

    UserAccount(String username, String displayName, String passwordHash, Role role, Long townId, Long villageId) {
        this.username = username;
        this.passwordHash = passwordHash;
        assign(displayName, role, townId, villageId);
    }

    /** Town staff keep only a town, secretaries only a village, everyone else neither. */
    void assign(String displayName, Role role, Long townId, Long villageId) {
        this.displayName = displayName;
        this.role = role;
        this.townId = role == Role.TOWN_STAFF ? townId : null;
        this.villageId = role == Role.VILLAGE_SECRETARY ? villageId : null;
    }

    /** The user's own choice of password. */
    void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.mustChangePassword = false;
    }

    /** A password someone else chose and therefore knows: good for one sign-in, then the user replaces it. */
    void resetPassword(String newHash) {
        changePassword(newHash);
        this.mustChangePassword = true;
    }

    /** Whether a change of this account's settings changes what its holder may do (so open sessions must end). */
    boolean rightsDifferFrom(Role otherRole, Long otherTownId, Long otherVillageId, boolean otherEnabled) {
        return role != otherRole || !Objects.equals(townId, otherTownId)
                || !Objects.equals(villageId, otherVillageId) || enabled != otherEnabled;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    PortalUser toPortalUser(Instant now) {
        return new PortalUser(getId(), username, passwordHash, displayName, role, townId, villageId, enabled, !isLocked(now));
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public Long getTownId() {
        return townId;
    }

    public Long getVillageId() {
        return villageId;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Map<String, String> historySnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("user.username", username);
        fields.put("user.displayName", displayName);
        fields.put("user.role", role == null ? null : "msg:" + role.messageKey());
        fields.put("user.town", townId == null ? null : townId.toString());
        fields.put("user.village", villageId == null ? null : villageId.toString());
        fields.put("user.enabled", "msg:common." + enabled);
        return fields;
    }
}
