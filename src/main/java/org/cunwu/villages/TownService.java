package org.cunwu.villages;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordInUseException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.web.PickerOptions;
import org.cunwu.villages.internal.DistrictRepository;
import org.cunwu.villages.internal.TextMatch;
import org.cunwu.villages.internal.TownRepository;
import org.cunwu.villages.internal.VillageRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Districts and towns. Town staff see their own town, secretaries their village's; district staff change them. */
@NamedInterface(name = "api", propagate = false)
@Service
public class TownService {

    private final TownRepository towns;
    private final DistrictRepository districts;
    private final VillageRepository villages;
    private volatile KeptChoices allTowns;
    private final long recheckNanos;
    private final int listedUpTo;

    TownService(TownRepository towns, DistrictRepository districts, VillageRepository villages,
            @Value("${cunwu.lists.town-options-recheck-seconds:10}") long recheckSeconds,
            @Value("${cunwu.lists.all-towns-up-to:300}") int listedUpTo) {
        this.recheckNanos = recheckSeconds * 1_000_000_000L;
        this.listedUpTo = listedUpTo;
        this.towns = towns;
        this.districts = districts;
        this.villages = villages;
    }

    @Transactional(readOnly = true)
    public List<Town> list() {
        return towns.findAllWithDistrict().stream().filter(this::visible).toList();
    }

    /**
     * The options of a list's town filter: for the district's users every town, kept until a town changes (a change on
     * this instance drops them at once; one small query, at most every {@code cunwu.lists.town-options-recheck-seconds} (10), sees another instance's or
     * a town written by SQL); for others
     * their visible towns. Past {@code cunwu.lists.all-towns-up-to} (300) towns the filter lists only the chosen one and
     * the others are found by typing ({@link #pick}).
     */
    @Transactional(readOnly = true)
    public TownChoices filterChoices() {
        if (!Access.seesEverything()) {
            return TownChoices.of(list(), listedUpTo);
        }
        KeptChoices kept = allTowns;
        long now = System.nanoTime();
        if (kept != null && now - kept.checkedAt() < recheckNanos) {
            return kept.choices();
        }
        String stamp = towns.stamp();
        kept = kept != null && kept.stamp().equals(stamp) ? new KeptChoices(stamp, kept.choices(), now)
                : new KeptChoices(stamp, TownChoices.of(towns.findAllWithDistrict(), listedUpTo), now);
        allTowns = kept;
        return kept.choices();
    }

    /** The towns the user may see whose name or code holds what was typed, for {@code /pickers/towns}. */
    @Transactional(readOnly = true)
    public PickerOptions pick(String q, String limit) {
        return PickerOptions.of(filterChoices().stream().filter(t -> PickerOptions.matches(q, t.name()) || TextMatch.startsCode(q, t.code())),
                limit, t -> t.id().toString(), TownChoices.Choice::name);
    }

    private record KeptChoices(String stamp, TownChoices choices, long checkedAt) {
    }

    @Transactional(readOnly = true)
    public Town get(Long id) {
        return towns.findWithDistrictById(id).filter(this::visible)
                .orElseThrow(() -> new RecordNotFoundException("town", id));
    }

    @Transactional(readOnly = true)
    public List<District> districts() {
        return districts.findAllByOrderByCode();
    }

    @Transactional(readOnly = true)
    public long villageCount(Town town) {
        return villages.countByTownId(town.getId());
    }

    /** Villages per town id, in one query for the whole list (a town without villages is absent). */
    @Transactional(readOnly = true)
    public Map<Long, Long> villageCounts() {
        return towns.countVillagesPerTown().stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
    }

    /** Every town by id, whatever the user's scope: for pickers of account scope (admin only). */
    @Transactional(readOnly = true)
    public List<Town> all() {
        return towns.findAllWithDistrict();
    }

    public boolean canManage() {
        return Access.canCreate(Access.Editors.DISTRICT);
    }

    @Transactional
    public Town create(String name, TownKind kind, String code, Long districtId) {
        allTowns = null;
        requireManager();
        if (towns.existsByCode(code)) {
            throw new InvalidFieldException("code", "town.code.taken");
        }
        return towns.save(new Town(name, kind, code, district(districtId)));
    }

    @Transactional
    public Town update(Long id, Long expectedVersion, String name, TownKind kind, String code, Long districtId) {
        allTowns = null;
        Town town = get(id); // outside the scope: not found, before "not yours to change"
        requireManager();
        ConcurrentEditException.check("town", id, expectedVersion, town.getVersion());
        if (towns.existsByCodeAndIdNot(code, id)) {
            throw new InvalidFieldException("code", "town.code.taken");
        }
        town.update(name, kind, code, district(districtId));
        towns.flush();
        return town;
    }

    @Transactional
    public void delete(Long id, Long expectedVersion) {
        allTowns = null;
        Town town = get(id); // outside the scope: not found, before "not yours to change"
        requireManager();
        ConcurrentEditException.check("town", id, expectedVersion, town.getVersion());
        try {
            towns.delete(town);
            towns.flush();
        } catch (DataIntegrityViolationException e) {
            throw new RecordInUseException("town", id, e);
        }
    }

    private District district(Long districtId) {
        if (districtId == null) {
            throw new InvalidFieldException("districtId", "town.district.required");
        }
        return districts.findById(districtId).orElseThrow(() -> new InvalidFieldException("districtId", "town.district.required"));
    }

    private void requireManager() {
        if (!canManage()) {
            throw new AccessDeniedException("may not change towns");
        }
    }

    private boolean visible(Town town) {
        return Access.canSeeTown(town.getId(),
                () -> villages.findById(Access.fixedVillageId()).map(v -> v.getTown().getId()).orElse(null));
    }
}
