package org.cunwu.representatives;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.cunwu.shared.LikePattern;
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
 */
@NamedInterface("api")
@Service
public class RepresentativeService {

    /** What the lists narrow to; null fields do not filter. */

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
        return Specification.allOf(inScope(), villageFilter(filter.townId(), filter.villageId()), (root, query, cb) ->
                filter.q() == null || filter.q().isBlank() ? cb.conjunction() : cb.like(root.get("name"), LikePattern.contains(filter.q()), '\\'));
    }

    @Transactional(readOnly = true)
    public Representative representative(Long id) {
        return representatives.findWithVillageById(id).filter(r -> covers(r.getVillage()))
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

    Village villageFor(Long requested) {
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

    static boolean covers(Village village) {
        return Access.canSee(village.getTown().getId(), village.getId());
    }

    static <T> Specification<T> inScope() {
        return Access.visible("village");
    }

    static <T> Specification<T> villageFilter(Long townId, Long villageId) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (townId != null) {
                predicates.add(cb.equal(root.get("village").get("town").get("id"), townId));
            }
            if (villageId != null) {
                predicates.add(cb.equal(root.get("village").get("id"), villageId));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    static String username() {
        PortalUser user = Scope.currentUser();
        return user == null ? "system" : user.getUsername();
    }
}
