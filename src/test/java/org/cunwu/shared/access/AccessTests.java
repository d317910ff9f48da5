package org.cunwu.shared.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Role;
import org.cunwu.shared.access.Access.Editors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

class AccessTests {

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void hierarchyComparesIdsNotCodePrefixes() {
        signIn(Role.TOWN_STAFF, 10L, null);
        assertThat(Access.canSee(10L, 7L)).isTrue();
        assertThat(Access.canSee(100L, 7L)).isFalse();
        assertThat(Access.canSeeTown(100L, () -> null)).isFalse();
        signIn(Role.VILLAGE_SECRETARY, null, 7L);
        assertThat(Access.canSee(10L, 7L)).isTrue();
        assertThat(Access.canSee(10L, 70L)).isFalse();
    }

    @Test
    void aUserWithoutAResolvableScopeSeesAndChangesNothing() {
        assertThat(Access.readsAnything()).as("nobody signed in").isFalse();
        signIn(Role.TOWN_STAFF, null, null);
        assertThat(Access.readsAnything()).isFalse();
        assertThat(Access.canSee(1L, 1L)).isFalse();
        assertThat(Access.canCreate(Editors.VILLAGE)).isFalse();
        assertThat(Access.canEdit(Editors.VILLAGE, 1L, 1L)).isFalse();
        signIn(Role.VILLAGE_SECRETARY, 1L, null);
        assertThat(Access.canSee(1L, null)).isFalse();
        assertThat(Access.fixedVillageId()).isNull();
    }

    @Test
    void eachKindOfRecordIsChangedByItsEditorsOnly() {
        signIn(Role.VIEWER, null, null);
        assertThat(Access.canSee(1L, 2L)).isTrue();
        assertThat(Access.canEdit(Editors.VILLAGE, 1L, 2L)).isFalse();
        assertThat(Access.canCreate(Editors.VILLAGE)).isFalse();
        signIn(Role.DISTRICT_STAFF, null, null);
        assertThat(Access.canEdit(Editors.DISTRICT, 1L, 2L)).isTrue();
        assertThat(Access.canCreate(Editors.ADMIN)).isFalse();
        signIn(Role.TOWN_STAFF, 1L, null);
        assertThat(Access.canEdit(Editors.TOWN, 1L, 2L)).isTrue();
        assertThat(Access.canEdit(Editors.DISTRICT, 1L, 2L)).isFalse();
        assertThat(Access.fixedTownId()).isEqualTo(1L);
        signIn(Role.VILLAGE_SECRETARY, null, 2L);
        assertThat(Access.canEdit(Editors.VILLAGE, 1L, 2L)).isTrue();
        assertThat(Access.canEdit(Editors.TOWN, 1L, 2L)).isFalse();
        assertThat(Access.canEdit(Editors.VILLAGE, 1L, 3L)).isFalse();
        assertThat(Access.fixedVillageId()).isEqualTo(2L);
    }

    @Test
    void aChangeOutsideTheScopeIsNotFoundAndInsideItForbidden() {
        signIn(Role.VILLAGE_SECRETARY, null, 2L);
        assertThatThrownBy(() -> Access.requireEdit(Editors.TOWN, 1L, 3L, "village", 3L)).isInstanceOf(RecordNotFoundException.class);
        assertThatThrownBy(() -> Access.requireEdit(Editors.TOWN, 1L, 2L, "village", 2L)).isInstanceOf(AccessDeniedException.class);
    }

    private static void signIn(Role role, Long townId, Long villageId) {
        PortalUser user = new PortalUser(1L, "u", "{noop}x", "u", role, townId, villageId, true, true);
        SecurityContextHolder.getContext().setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
