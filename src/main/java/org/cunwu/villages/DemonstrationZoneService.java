package org.cunwu.villages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.DateRange;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.shared.web.Choices;
import org.cunwu.shared.web.PickerOptions;
import org.cunwu.villages.internal.DemonstrationZoneRepository;
import org.cunwu.villages.internal.VillageGroups;
import org.cunwu.villages.internal.VillageRepository;
import org.cunwu.villages.internal.ZoneFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demonstration zones (示范片区). Visible where the user's scope holds one of its villages; changed by district staff.
 * Not propagated: the internal types in the signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class DemonstrationZoneService implements VillageGroups<DemonstrationZone> {

    private static final Sort CHOICE_ORDER = Sort.by("name", "id");
    static final String PICKER = "/pickers/zones";

    private final DemonstrationZoneRepository zones;
    private final VillageRepository villages;
    private final int listedUpTo;

    DemonstrationZoneService(DemonstrationZoneRepository zones, VillageRepository villages,
            @Value("${cunwu.lists.all-zones-up-to:300}") int listedUpTo) {
        this.zones = zones;
        this.villages = villages;
        this.listedUpTo = listedUpTo;
    }

    /** A page of the zones the user may see that the filter selects, each with its count of villages, in one query. */
    @Transactional(readOnly = true)
    public Page<DemonstrationZone> list(ZoneFilter filter, Pageable pageable) {
        return zones.findAll(filter.selection(), pageable);
    }

    /** What the list's download reads: the same zones in the list's order. */
    public Selection<DemonstrationZone> forExport(ZoneFilter filter, Sort sort) {
        return Selection.of(DemonstrationZone.class, filter.selection(), sort);
    }

    /**
     * The zones a project may belong to or a list may filter by, for their names (read without their villages): every
     * zone the user may see (the district all, others those holding one of their villages) up to
     * {@code cunwu.lists.all-zones-up-to} (300); past it only the chosen one, the others found by typing
     * ({@code /pickers/zones}): a province's 840 zones were 41 KB of every project list.
     */
    @Transactional(readOnly = true)
    public Choices<DemonstrationZone> choices(Long chosen) {
        Specification<DemonstrationZone> visible = ZoneFilter.NONE.selection();
        List<DemonstrationZone> first = zones.findBy(visible, query -> query.sortBy(CHOICE_ORDER).limit(listedUpTo + 1).all());
        if (first.size() <= listedUpTo) {
            return new Choices<>(first, null, null);
        }
        List<DemonstrationZone> kept = chosen == null ? List.of()
                : zones.findOne(visible.and((zone, query, cb) -> cb.equal(zone.get("id"), chosen))).stream().toList();
        return new Choices<>(kept, "picker.typeToFindZone", PICKER);
    }

    /** The zones the user may see whose name or plan title holds what was typed, by name, for {@code /pickers/zones}. */
    @Transactional(readOnly = true)
    public PickerOptions pick(String q, String limit) {
        int read = PickerOptions.limit(limit) + 1; // one more than answered, to say whether there are more
        List<DemonstrationZone> found = zones.findBy(new ZoneFilter(q, null, null, DateRange.ANY).selection(),
                query -> query.sortBy(CHOICE_ORDER).limit(read).all());
        return PickerOptions.of(found.stream(), limit, z -> z.getId().toString(), DemonstrationZone::getName);
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
