package org.cunwu.villages;

/** What the pages of a kind of village group ask its service: one group in the user's scope, and whether they may change groups. */
interface VillageGroups<G extends VillageGroup> {

    G get(Long id);

    boolean canManage();
}
