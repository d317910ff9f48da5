package org.cunwu.talent;

import org.cunwu.shared.Role;
import org.cunwu.shared.Scope;
import org.cunwu.villages.Village;

/**
 * Who may change talent records. Programmes and advisers are the district's: district staff change them. Records
 * tied to a village (returned talents, partner projects) are changed by district staff and by town staff of the
 * village's town. Secretaries and viewers only read.
 */
final class TalentAccess {

    private TalentAccess() {
    }

    static boolean isDistrictStaff() {
        Role role = Scope.currentRole();
        return role == Role.ADMIN || role == Role.DISTRICT_STAFF;
    }

    static boolean canEditVillageRecord(Village village) {
        if (isDistrictStaff()) {
            return true;
        }
        return village != null && Scope.currentRole() == Role.TOWN_STAFF && Scope.current().coversTown(village.getTown().getId());
    }

    /** Town staff create village-tied records for their town; district staff everywhere. */
    static boolean canCreateVillageRecords() {
        return isDistrictStaff() || (Scope.currentRole() == Role.TOWN_STAFF && Scope.current().level() == Scope.Level.TOWN);
    }

    static boolean readsAnything() {
        return Scope.current().level() != Scope.Level.NONE;
    }
}
