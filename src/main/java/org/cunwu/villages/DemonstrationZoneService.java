package org.cunwu.villages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Demonstration zones (示范片区). Visible where the user's scope holds one of its villages; changed by district staff. */
@Service
public class DemonstrationZoneService implements VillageGroups<DemonstrationZone> {

    private final DemonstrationZoneRepository zones;
    private final VillageRepository villages;

    DemonstrationZoneService(DemonstrationZoneRepository zones, VillageRepository villages) {
        this.zones = zones;
        this.villages = villages;
    }

    @Transactional(readOnly = true)
    public List<DemonstrationZone> list() {
        return zones.findAllWithVillages().stream().filter(this::visible).toList();
    }

    /**
     * The zones a project may belong to or a list may filter by, for their names: the district's users see every zone,
     * read without its villages (a province's 840 zones held 5,600 villages, read on every project list); others the
     * zones holding one of their villages.
     */
    @Transactional(readOnly = true)
    public List<DemonstrationZone> choices() {
        return Access.seesEverything() ? zones.findAllByOrderByName() : list();
    }

    @Transactional(readOnly = true)
    public DemonstrationZone get(Long id) {
        return zones.findWithVillagesById(id).filter(this::visible)
                .orElseThrow(() -> new RecordNotFoundException("zone", id));
    }

    @Transactional(readOnly = true)
    public List<DemonstrationZone> ofVillage(Village village) {
        return zones.findByVillageId(village.getId());
    }

    /** The zone's villages that the user may see, by town and name: a zone may reach beyond the user's scope. */
    public List<Village> villagesInScope(DemonstrationZone zone) {
        return zone.getVillages().stream()
                .filter(v -> Access.canSee(v.getTown().getId(), v.getId()))
                .sorted(Comparator.comparing((Village v) -> v.getTown().getCode()).thenComparing(Village::getName))
                .toList();
    }

    public boolean canManage() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    @Transactional
    public DemonstrationZone create(String name, String planTitle, LocalDate approvedOn, Set<Long> villageIds) {
        requireManager();
        if (zones.existsByName(name)) {
            throw new InvalidFieldException("name", "zone.name.taken");
        }
        DemonstrationZone zone = new DemonstrationZone(name);
        zone.update(name, planTitle, approvedOn, villagesOf(villageIds));
        return zones.save(zone);
    }

    @Transactional
    public DemonstrationZone update(Long id, Long expectedVersion, String name, String planTitle, LocalDate approvedOn,
            Set<Long> villageIds) {
        DemonstrationZone zone = get(id); // outside the scope: not found, before "not yours to change"
        requireManager();
        ConcurrentEditException.check("zone", id, expectedVersion, zone.getVersion());
        if (zones.existsByNameAndIdNot(name, id)) {
            throw new InvalidFieldException("name", "zone.name.taken");
        }
        zone.update(name, planTitle, approvedOn, villagesOf(villageIds));
        zones.flush();
        return zone;
    }

    @Transactional
    public void delete(Long id, Long expectedVersion) {
        DemonstrationZone zone = get(id); // outside the scope: not found, before "not yours to change"
        requireManager();
        ConcurrentEditException.check("zone", id, expectedVersion, zone.getVersion());
        zones.delete(zone);
    }

    private Set<Village> villagesOf(Set<Long> ids) {
        Set<Village> chosen = new HashSet<>(villages.findAllById(ids));
        if (chosen.size() != ids.size()) {
            throw new InvalidFieldException("villageIds", "zone.villages.invalid");
        }
        return chosen;
    }

    private void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("may not change demonstration zones");
        }
    }

    private boolean visible(DemonstrationZone zone) {
        return Access.seesEverything() || zone.getVillages().stream().anyMatch(v -> Access.canSee(v.getTown().getId(), v.getId()));
    }
}
