package org.cunwu.accounts.internal;

import java.util.HashMap;
import java.util.Map;

import org.cunwu.villages.Town;
import org.cunwu.villages.TownService;
import org.cunwu.villages.VillageRef;
import org.cunwu.villages.VillageService;
import org.springframework.stereotype.Component;

/**
 * Names of towns and villages for the administrator's pages, which store only ids (account scope, export filters).
 * Each page asks once for all names instead of once per row; an id whose place is gone is shown as the id.
 */
@Component
class PlaceNames {

    private final TownService towns;
    private final VillageService villages;

    PlaceNames(TownService towns, VillageService villages) {
        this.towns = towns;
        this.villages = villages;
    }

    /** A lookup for one page: the names are read on first use only. */
    Lookup lookup() {
        return new Lookup();
    }

    final class Lookup {

        private Map<Long, String> townNames;
        private Map<Long, String> villageNames;

        String town(String id) {
            if (townNames == null) {
                townNames = new HashMap<>();
                for (Town town : towns.all()) {
                    townNames.put(town.getId(), town.getName());
                }
            }
            return name(townNames, id);
        }

        String village(String id) {
            if (villageNames == null) {
                villageNames = new HashMap<>();
                for (VillageRef village : villages.allForChoosing()) {
                    villageNames.put(village.id(), village.label());
                }
            }
            return name(villageNames, id);
        }

        private static String name(Map<Long, String> names, String id) {
            if (id == null || id.isBlank()) {
                return id;
            }
            try {
                return names.getOrDefault(Long.valueOf(id.trim()), id);
            } catch (NumberFormatException e) {
                return id;
            }
        }
    }
}
