package org.cunwu.representatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.DateRange;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.PortalUser;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.Scope;
import org.cunwu.shared.export.Batches;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageService;
import org.cunwu.shared.LikePattern;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives and their public commitments, within the user's scope. Secretaries change their own
 * village's records, and the village is always taken from their account, never from a form field.
 */
@Service
public class RepresentativeService {

    /** What the lists narrow to; null fields do not filter. */
    public record Filter(String q, Long townId, Long villageId, CommitmentStatus status, CommitmentCategory category,
            Boolean overdue, DateRange period, Boolean publicNotice) {

        /** Without dates: {@code period} is the list's own date (pledged for commitments, received for receptions). */
        public Filter(String q, Long townId, Long villageId, CommitmentStatus status, CommitmentCategory category, Boolean overdue) {
            this(q, townId, villageId, status, category, overdue, DateRange.ANY, null);
        }

        public static Filter none() {
            return new Filter(null, null, null, null, null, null);
        }
    }

    private final RepresentativeRepository representatives;
    private final LinkedHouseholdRepository households;
    private final CommitmentRepository commitments;
    private final CommitmentEventRepository events;
    private final VillageService villages;
    private final PointService points;
    private final Clock clock;
    private final Batches batches;

    RepresentativeService(RepresentativeRepository representatives, LinkedHouseholdRepository households,
            CommitmentRepository commitments, CommitmentEventRepository events, VillageService villages, PointService points,
            Clock clock, Batches batches) {
        this.batches = batches;
        this.points = points;
        this.representatives = representatives;
        this.households = households;
        this.commitments = commitments;
        this.events = events;
        this.villages = villages;
        this.clock = clock;
    }

    // ---- representatives

    @Transactional(readOnly = true)
    public Page<Representative> representatives(Filter filter, Pageable pageable) {
        return representatives.findAll(representativeSelection(filter), pageable);
    }

    /** Every representative the filter selects, in batches, for a download of any size. */
    @Transactional(readOnly = true)
    public void forEachRepresentative(Filter filter, Sort sort, Consumer<? super Representative> action) {
        batches.forEach(representatives, representativeSelection(filter), sort, action, "village", "village.town");
    }

    private static Specification<Representative> representativeSelection(Filter filter) {
        return Specification.allOf(inScope(), villageFilter(filter), (root, query, cb) ->
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

    @Transactional(readOnly = true)
    public Map<Long, Long> householdCounts() {
        return households.countPerRepresentative().stream().collect(Collectors.toMap(r -> (Long) r[0], r -> (Long) r[1]));
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

    // ---- commitments

    @Transactional(readOnly = true)
    public Page<Commitment> commitments(Filter filter, Pageable pageable) {
        return commitments.findAll(commitmentSelection(filter), pageable);
    }

    @Transactional(readOnly = true)
    public void forEachCommitment(Filter filter, Sort sort, Consumer<? super Commitment> action) {
        batches.forEach(commitments, commitmentSelection(filter), sort, action, "village", "village.town", "representative");
    }

    @Transactional(readOnly = true)
    public Commitment commitment(Long id) {
        return commitments.findWithVillageById(id).filter(c -> covers(c.getVillage()))
                .orElseThrow(() -> new RecordNotFoundException("commitment", id));
    }

    @Transactional(readOnly = true)
    public List<CommitmentEvent> eventsOf(Commitment commitment) {
        return events.findByCommitment(commitment.getId());
    }

    /** The public commitments of a village for its notice board (the caller has checked the village's scope). */
    @Transactional(readOnly = true)
    public List<Commitment> publicCommitmentsOf(Village village) {
        return commitments.findPublicOf(village.getId());
    }

    @Transactional(readOnly = true)
    public List<Commitment> commitmentsOf(Representative representative) {
        return commitments.findByRepresentative(representative.getId());
    }

    /** Per village id: public commitments pledged in the period in these villages and fulfilled, for a campaign's results. */
    @Transactional(readOnly = true)
    public Map<Long, Long> publicFulfilledPerVillage(java.util.Collection<Long> villageIds, LocalDate from, LocalDate to) {
        Map<Long, Long> counts = new java.util.HashMap<>();
        if (!villageIds.isEmpty()) {
            commitments.countPublicFulfilledPerVillage(villageIds, from, to).forEach(r -> counts.put((Long) r[0], (Long) r[1]));
        }
        return counts;
    }

    /** The commitment a submission with this one-time token already recorded (the same form sent twice). */
    @Transactional(readOnly = true)
    public Optional<Long> commitmentWithToken(String token) {
        return OneTimeToken.isValid(token) ? commitments.findByClientToken(token)
                .filter(c -> covers(c.getVillage())).map(Commitment::getId) : Optional.empty();
    }

    @Transactional
    public Commitment saveCommitment(Long id, CommitmentForm form) {
        Commitment commitment;
        if (id == null && OneTimeToken.isValid(form.getToken())) {
            var already = commitments.findByClientToken(form.getToken());
            if (already.isPresent()) {
                return already.get();
            }
        }
        if (id == null) {
            Village village = villageFor(form.getVillageId());
            commitment = new Commitment(village, form.getPledgedBy(), form.getContent(), form.getCategory(), form.getPledgedOn(),
                    form.getPromisedBy());
            commitment.setClientToken(OneTimeToken.orFresh(form.getToken()));
        } else {
            commitment = commitment(id);
            requireEditable(commitment.getVillage());
            ConcurrentEditException.check("commitment", id, form.getVersion(), commitment.getVersion());
        }
        if (form.getPromisedBy().isBefore(form.getPledgedOn())) {
            throw new InvalidFieldException("promisedBy", "commitment.promisedBy.beforePledge");
        }
        Representative representative = null;
        if (form.getRepresentativeId() != null) {
            representative = representatives.findWithVillageById(form.getRepresentativeId())
                    .filter(r -> r.getVillage().getId().equals(commitment.getVillage().getId()))
                    .orElseThrow(() -> new InvalidFieldException("representativeId", "commitment.representative.invalid"));
        }
        // left empty with a representative chosen: the representative pledged (the form's script fills it too)
        String pledgedBy = form.getPledgedBy() == null || form.getPledgedBy().isBlank()
                ? (representative == null ? null : representative.getName()) : form.getPledgedBy();
        if (pledgedBy == null) {
            throw new InvalidFieldException("pledgedBy", "validation.required");
        }
        commitment.update(representative, pledgedBy, form.getContent(), form.getCategory(), form.getPledgedOn(),
                form.getPromisedBy(), form.isPublicNotice());
        Commitment saved = commitments.saveAndFlush(commitment);
        if (id == null) {
            events.save(new CommitmentEvent(saved, null, CommitmentStatus.PLEDGED, form.getPledgedOn(), null, username(), Instant.now(clock)));
        }
        return saved;
    }

    /** Fulfilment needs its day and a note; withdrawal needs a reason; other steps are refused. */
    @Transactional
    public Commitment moveCommitment(Long id, Long expectedVersion, CommitmentStatus next, LocalDate on, String text) {
        Commitment commitment = commitment(id);
        requireEditable(commitment.getVillage());
        ConcurrentEditException.check("commitment", id, expectedVersion, commitment.getVersion());
        if (next == null || !commitment.getStatus().allowedNext().contains(next)) {
            throw new InvalidFieldException("status", "commitment.status.notAllowed");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if ((next == CommitmentStatus.FULFILLED || next == CommitmentStatus.WITHDRAWN) && (text == null || text.isBlank())) {
            throw new InvalidFieldException("text", next == CommitmentStatus.FULFILLED ? "commitment.fulfilmentNote.required"
                    : "commitment.withdrawnReason.required");
        }
        InvalidFieldException.checkLength("text", text, next == CommitmentStatus.WITHDRAWN ? 500 : 1000);
        CommitmentStatus from = commitment.getStatus();
        commitment.moveTo(next, day, text);
        // the version check first: of two steps sent at the same moment, the second then fails as a conflict, not on the points' key
        commitments.flush();
        events.save(new CommitmentEvent(commitment, from, next, day, text, username(), Instant.now(clock)));
        if (next == CommitmentStatus.FULFILLED && commitment.getRepresentative() != null) {
            points.award(commitment.getRepresentative(), PointRule.COMMITMENT_FULFILLED, PointService.SOURCE_COMMITMENT,
                    commitment.getId(), day, commitment.getContent());
        }
        commitments.flush();
        return commitment;
    }

    // ---- scope

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

    void requireEditable(Village village) {
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

    static <T> Specification<T> villageFilter(Filter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.townId() != null) {
                predicates.add(cb.equal(root.get("village").get("town").get("id"), filter.townId()));
            }
            if (filter.villageId() != null) {
                predicates.add(cb.equal(root.get("village").get("id"), filter.villageId()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private Specification<Commitment> commitmentSelection(Filter filter) {
        LocalDate today = LocalDate.now(clock);
        return Specification.allOf(inScope(), villageFilter(filter), (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                String pattern = LikePattern.contains(filter.q());
                predicates.add(cb.or(cb.like(root.get("content"), pattern, '\\'), cb.like(root.get("pledgedBy"), pattern, '\\')));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.category() != null) {
                predicates.add(cb.equal(root.get("category"), filter.category()));
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                predicates.add(root.get("status").in(CommitmentStatus.PLEDGED, CommitmentStatus.IN_PROGRESS));
                predicates.add(cb.lessThan(root.get("promisedBy"), today));
            }
            if (Boolean.TRUE.equals(filter.publicNotice())) {
                predicates.add(cb.isTrue(root.get("publicNotice")));
            }
            predicates.add(filter.period().on(cb, root.get("pledgedOn")));
            return cb.and(predicates.toArray(Predicate[]::new));
        });
    }

    static String username() {
        PortalUser user = Scope.currentUser();
        return user == null ? "system" : user.getUsername();
    }
}
