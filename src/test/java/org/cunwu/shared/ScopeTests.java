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
        assertThat(Scope.current().level()).as("nobody signed in").isEqualTo(Scope.Level.NONE);
    }
}
