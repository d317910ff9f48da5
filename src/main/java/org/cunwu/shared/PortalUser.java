package org.cunwu.shared;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * The signed-in user as every module sees it: role plus the town or village the account belongs to.
 * Kept in the (JDBC-stored) session, hence serializable through {@link User}.
 */
public class PortalUser extends User {

    private final Long id;
    private final String displayName;
    private final Role role;
    private final Long townId;
    private final Long villageId;

    public PortalUser(Long id, String username, String passwordHash, String displayName, Role role,
            Long townId, Long villageId, boolean enabled, boolean accountNonLocked) {
        super(username, passwordHash, enabled, true, true, accountNonLocked, authorities(role));
        this.id = id;
        this.displayName = displayName;
        this.role = role;
        this.townId = townId;
        this.villageId = villageId;
    }

    private static Collection<SimpleGrantedAuthority> authorities(Role role) {
        return role == null ? List.of() : List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
    }

    public Long getId() {
        return id;
    }

    public String getDisplayName() {
        return displayName;
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

    public Scope scope() {
        return Scope.of(role, townId, villageId);
    }
}
