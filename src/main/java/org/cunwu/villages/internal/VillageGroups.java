package org.cunwu.villages.internal;

import org.cunwu.villages.VillageGroup;

/** What the pages of a kind of village group ask its service: one group in the user's scope, and whether they may change groups. */
public interface VillageGroups<G extends VillageGroup> {

    G get(Long id);

    boolean canManage();
}
