package org.cunwu.villages.internal;

import java.util.Set;

/** The editable facts of a cluster. */
public record ClusterDetails(String name, String planTitle, String partyCommittee, String partySecretaryName,
        Set<Long> townIds) {
}
