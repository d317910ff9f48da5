package org.cunwu.representatives;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.cunwu.representatives.internal.LinkedHousehold;
import org.cunwu.representatives.internal.LinkedHouseholdRepository;
import org.cunwu.representatives.internal.RecordScope;
import org.cunwu.representatives.internal.Representative;
import org.cunwu.representatives.internal.RepresentativeFilter;
import org.cunwu.representatives.internal.RepresentativeForm;
import org.cunwu.representatives.internal.RepresentativeRepository;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives and their public commitments, within the user's scope. Secretaries change their own
 * village's records, and the village is always taken from their account, never from a form field.
 * Other modules read representatives as {@link RepresentativeRef}s. Not propagated: the internal types in the
 * signatures its own pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class RepresentativeService {

    private final RepresentativeRepository representatives;
    private final LinkedHouseholdRepository households;
    private final VillageService villages;
    private final Clock clock;

    RepresentativeService(RepresentativeRepository representatives, LinkedHouseholdRepository households,
            VillageService villages,
            Clock clock) {
        this.representatives = representatives;
        this.households = households;
        this.villages = villages;
        this.clock = clock;
    }

    // ---- representatives

    @Transactional(readOnly = true)
    public Page<Representative> representatives(RepresentativeFilter filter, Pageable pageable) {
        return representatives.findAll(representativeSelection(filter), pageable);
    }

    /** The representatives the filter selects, for the list's download. */
    public Selection<Representative> forExport(RepresentativeFilter filter, Sort sort) {
        return Selection.of(Representative.class, representativeSelection(filter), sort, "village", "village.town");
    }

    private static Specification<Representative> representativeSelection(RepresentativeFilter filter) {
        return Specification.allOf(RecordScope.inScope(), RecordScope.villageFilter(filter.townId(), filter.villageId()), (root, query, cb) ->
                filter.q() == null || filter.q().isBlank() ? cb.conjunction() : LikePattern.contains(cb, root.get("name"), filter.q()));
    }

    /** The representatives whose name holds the text, within the user's scope, for the search across modules. */
    @Transactional(readOnly = true)
    public Page<RepresentativeRef> search(String q, Pageable pageable) {
        return representatives(new RepresentativeFilter(q, null, null), pageable)
                .map(r -> new RepresentativeRef(r.getId(), r.getName(), r.getVillage().getId(), r.getVillage().getName()));
    }

    /** The village's representatives by name (the caller has checked the village's scope). */
    @Transactional(readOnly = true)
    public List<RepresentativeRef> refsOfVillage(Long villageId) {
        return representatives.findRefsOfVillage(villageId);
    }

    /** These representatives by name, wherever they serve (the caller has checked the scope of what refers to them). */
    @Transactional(readOnly = true)
    public List<RepresentativeRef> refs(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : representatives.findRefsByIdIn(ids);
    }

    @Transactional(readOnly = true)
    public Representative representative(Long id) {
        return representatives.findWithVillageById(id).filter(r -> RecordScope.covers(r.getVillage()))
                .orElseThrow(() -> new RecordNotFoundException("representative", id));
    }

    @Transactional(readOnly = true)
    public List<Representative> representativesOf(Village village) {
        return representatives.findByVillage(village.getId());
    }

    @Transactional(readOnly = true)
    public List<LinkedHousehold> householdsOf(Representative representative) {
        return households.findByRepresentative(representative.getId());
    }

    /** The households of the listed representatives only (a page of a province's 840,000), by representative id. */
    @Transactional(readOnly = true)
    public Map<Long, Long> householdCounts(List<Representative> listed) {
        return listed.isEmpty() ? Map.of()
                : IdCount.byId(households.countPerRepresentative(listed.stream().map(Representative::getId).toList()));
    }

    @Transactional
    public Representative saveRepresentative(Long id, RepresentativeForm form) {
        Representative representative;
        if (id == null) {
            representative = new Representative(villageFor(form.getVillageId()), form.getName());
        } else {
            representative = representative(id);
            requireEditable(representative.getVillage());
            ConcurrentEditException.check("representative", id, form.getVersion(), representative.getVersion());
        }
        String certificate = form.getCertificateNo();
        if (certificate != null && (id == null ? representatives.existsByCertificateNo(certificate)
                : representatives.existsByCertificateNoAndIdNot(certificate, id))) {
            throw new InvalidFieldException("certificateNo", "representative.certificate.taken");
        }
        representative.update(form);
        return representatives.saveAndFlush(representative);
    }

    @Transactional
    public void addHousehold(Long representativeId, String household, String address) {
        Representative representative = representative(representativeId);
        requireEditable(representative.getVillage());
        if (household == null || household.isBlank()) {
            throw new InvalidFieldException("household", "validation.required");
        }
        households.save(new LinkedHousehold(representative, household.trim(), address == null ? null : address.trim()));
    }

    /** Secretaries, town staff and district staff change representatives' records; viewers read. */
    public boolean canEdit(Village village) {
        return Access.canEdit(Access.Editors.VILLAGE, village.getTown().getId(), village.getId());
    }

    public boolean canCreate() {
        return Access.canCreate(Access.Editors.VILLAGE);
    }

    /** A secretary's own village, whatever the form says; otherwise the form's village if the user may change it. */
    public Long fixedVillageId() {
        return Access.fixedVillageId();
    }

    /** The village of a new record: {@link #fixedVillageId} or the requested one, which the user must be allowed to change. */
    public Village villageFor(Long requested) {
        Long villageId = fixedVillageId() != null ? fixedVillageId() : requested;
        if (villageId == null) {
            throw new InvalidFieldException("villageId", "validation.required");
        }
        Village village;
        try {
            village = villages.get(villageId);
        } catch (RecordNotFoundException e) {
            throw new InvalidFieldException("villageId", "representative.village.invalid");
        }
        requireEditable(village);
        return village;
    }

    /** Refuses (403) a user who may not add representatives' records. */
    public void requireCreate() {
        if (!canCreate()) {
            throw new AccessDeniedException("may not create records of this kind");
        }
    }

    /** Refuses (403) a user who may not change the records of this village. */
    public void requireEditable(Village village) {
        if (!canEdit(village)) {
            throw new AccessDeniedException("may not change records of village " + village.getId());
        }
    }
}
