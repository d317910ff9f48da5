package org.cunwu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScopeTests {

    @Test
    void districtRolesSeeEverything() {
        assertThat(Scope.of(Role.ADMIN, null, null).level()).isEqualTo(Scope.Level.ALL);
        assertThat(Scope.of(Role.DISTRICT_STAFF, null, null).level()).isEqualTo(Scope.Level.ALL);
        assertThat(Scope.of(Role.VIEWER, null, null).level()).isEqualTo(Scope.Level.ALL);
    }

    @Test
    void aScopeThatCannotBeResolvedSeesNothing() {
        assertThat(Scope.of(null, 1L, 1L).level()).isEqualTo(Scope.Level.NONE);
        assertThat(Scope.of(Role.TOWN_STAFF, null, 5L).level()).isEqualTo(Scope.Level.NONE);
        assertThat(Scope.of(Role.VILLAGE_SECRETARY, 5L, null).level()).isEqualTo(Scope.Level.NONE);
        assertThat(Scope.none().coversVillage(1L, 1L)).isFalse();
        assertThat(Scope.current().level()).as("nobody signed in").isEqualTo(Scope.Level.NONE);
    }

    @Test
    void hierarchyComparesIdsNotCodePrefixes() {
        Scope town10 = Scope.of(Role.TOWN_STAFF, 10L, null);
        assertThat(town10.coversVillage(10L, 7L)).isTrue();
        assertThat(town10.coversVillage(100L, 7L)).isFalse();
        assertThat(town10.coversTown(100L)).isFalse();
        Scope village7 = Scope.of(Role.VILLAGE_SECRETARY, null, 7L);
        assertThat(village7.coversVillage(10L, 7L)).isTrue();
        assertThat(village7.coversVillage(10L, 70L)).isFalse();
    }
}
