package org.cunwu.talent.internal;

import java.util.List;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The talent pool as the signed-in user may see and change it, and the talent figures of a period for reports.
 * Advisers serve the whole district: everyone with a scope reads them, district staff change them. Returned
 * talents belong to a village and follow its scope; town staff change those of their town.
 */
@Service
public class TalentService {

    private final TalentRepository talents;
    private final PartnerProjectRepository partners;
    private final VillageService villages;

    TalentService(TalentRepository talents, PartnerProjectRepository partners, VillageService villages) {
        this.talents = talents;
        this.partners = partners;
        this.villages = villages;
    }

    @Transactional(readOnly = true)
    public Page<Talent> list(PoolFilter filter, Pageable pageable) {
        return talents.findAll(TalentSpecifications.talents(filter), pageable);
    }

    /** The talents of the pool whose name holds the text, for the portal's search. */
    @Transactional(readOnly = true)
    public Page<Talent> search(String q, Pageable pageable) {
        return list(new PoolFilter(q, null, null, null, null, null), pageable);
    }

    /** The talents the filter selects, with village and town, for the pool's download. */
    public Selection<Talent> forExport(PoolFilter filter, Sort sort) {
        return Selection.of(Talent.class, TalentSpecifications.talents(filter), sort, "village", "village.town");
    }

    /** A talent the user may see; otherwise 404. */
    @Transactional(readOnly = true)
    public Talent get(Long id) {
        return talents.findWithVillageById(id).filter(TalentService::visible)
                .orElseThrow(() -> new RecordNotFoundException("talent", id));
    }

    /** The returned talents the user may see, for enrolling one in a programme. */
    @Transactional(readOnly = true)
    public List<Talent> returnedChoices() {
        return talents.findAllReturned().stream().filter(TalentService::visible).toList();
    }

    /** A returned talent the user may see, for an enrollment; otherwise 404. */
    @Transactional(readOnly = true)
    Talent returned(Long id) {
        Talent talent = get(id);
        if (talent.getKind() != TalentKind.RETURNED) {
            throw new RecordNotFoundException("talent", id);
        }
        return talent;
    }

    static boolean isVisible(Talent talent) {
        return visible(talent);
    }

    public boolean canEdit(Talent talent) {
        return talent.isAdviser() ? TalentAccess.isDistrictStaff() : TalentAccess.canEditVillageRecord(talent.getVillage());
    }

    public boolean canCreate() {
        return TalentAccess.canCreateVillageRecords();
    }

    /** The kinds the user may record: town staff record returned talents of their town, not district advisers. */
    public List<TalentKind> kindChoices() {
        return TalentAccess.isDistrictStaff() ? List.of(TalentKind.values()) : List.of(TalentKind.RETURNED);
    }

    @Transactional
    public Talent save(Long id, TalentForm form) {
        Village village = null;
        if (form.getKind() == TalentKind.RETURNED) {
            if (form.getVillageId() == null) {
                throw new InvalidFieldException("villageId", "talent.village.required");
            }
            village = village(form.getVillageId());
        } else if (!TalentAccess.isDistrictStaff()) {
            throw new AccessDeniedException("only district staff appoint advisers");
        }
        if (village != null && !TalentAccess.canEditVillageRecord(village)) {
            throw new AccessDeniedException("may not record talents of village " + village.getId());
        }
        if (form.getKind() == TalentKind.ADVISER && form.getTermEnd() != null && form.getSinceDate() != null
                && form.getTermEnd().isBefore(form.getSinceDate())) {
            throw new InvalidFieldException("termEnd", "talent.termEnd.beforeStart");
        }
        Talent talent;
        if (id == null) {
            talent = new Talent(form.getKind(), form.getName());
        } else {
            talent = get(id);
            if (!canEdit(talent)) {
                throw new AccessDeniedException("may not change talent " + id);
            }
            ConcurrentEditException.check("talent", id, form.getVersion(), talent.getVersion());
        }
        talent.update(form, village);
        return talents.saveAndFlush(talent);
    }

    // ---- figures for the district report: counted from the records, by the day they happened, both ends included


    private static boolean visible(Talent talent) {
        Village village = talent.getVillage();
        return Access.readsAnything() && (village == null || Access.canSee(village.getTown().getId(), village.getId()));
    }

    private Village village(Long villageId) {
        try {
            return villages.get(villageId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("villageId", "talent.village.invalid");
        }
    }
}
