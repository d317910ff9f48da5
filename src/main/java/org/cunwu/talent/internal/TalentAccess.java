package org.cunwu.talent.internal;

import org.cunwu.shared.access.Access;
import org.cunwu.villages.Village;

/**
 * The talent module's kinds of record in the access policy ({@link Access}): programmes and advisers (no village)
 * are the district's; records tied to a village (returned talents, partner projects) are changed by the district
 * and by the staff of the village's town. Secretaries and viewers only read.
 */
final class TalentAccess {

    private TalentAccess() {
    }

    static boolean isDistrictStaff() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    static boolean canEditVillageRecord(Village village) {
        return village == null ? isDistrictStaff() : Access.canEdit(Access.Editors.TOWN, village.getTown().getId(), village.getId());
    }

    static boolean canCreateVillageRecords() {
        return Access.canCreate(Access.Editors.TOWN);
    }

    static boolean readsAnything() {
        return Access.readsAnything();
    }
}
