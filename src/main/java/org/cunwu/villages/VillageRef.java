package org.cunwu.villages;

import org.springframework.modulith.NamedInterface;

/**
 * What may be shown of any village whatever the user's scope: its id, name and town. Used to name and choose a
 * partner village in another town; the village's own records stay behind the scope.
 */
@NamedInterface(name = "api", propagate = false)
public record VillageRef(Long id, String name, Long townId, String townName) {

    static VillageRef of(Village village) {
        return new VillageRef(village.getId(), village.getName(), village.getTown().getId(), village.getTown().getName());
    }

    /** "册山街道 · 褚墩一村", the label of a choice across towns. */
    public String label() {
        return townName + " · " + name;
    }
}
