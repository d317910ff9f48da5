package org.cunwu.shared.web;

import org.cunwu.shared.access.Access;

/**
 * Which place filters a list offers the signed-in user: a secretary's lists are of one village (no town or village
 * filter), a town's staff's of one town (no town filter); everyone else chooses both.
 */
public record ListScope(boolean townFilter, boolean villageFilter) {

    static ListScope current() {
        boolean village = Access.fixedVillageId() != null;
        boolean town = village || Access.fixedTownId() != null;
        return new ListScope(!town, !village);
    }
}
