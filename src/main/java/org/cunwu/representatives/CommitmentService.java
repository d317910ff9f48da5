package org.cunwu.representatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.representatives.internal.Commitment;
import org.cunwu.representatives.internal.CommitmentEvent;
import org.cunwu.representatives.internal.CommitmentEventRepository;
import org.cunwu.representatives.internal.CommitmentFilter;
import org.cunwu.representatives.internal.CommitmentForm;
import org.cunwu.representatives.internal.CommitmentFulfilled;
import org.cunwu.representatives.internal.CommitmentRepository;
import org.cunwu.representatives.internal.CommitmentStatus;
import org.cunwu.representatives.internal.RecordScope;
import org.cunwu.representatives.internal.Representative;
import org.cunwu.representatives.internal.RepresentativeRepository;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives' public commitments (公开承诺) within the user's scope: the list, one commitment and its status trail,
 * recording one once per form, and its steps; fulfilling one publishes {@link CommitmentFulfilled}.
 * Other modules read commitments as {@link CommitmentRef}s. Not propagated: the internal types in the signatures its own
 * pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class CommitmentService {

    private final CommitmentRepository commitments;
    private final CommitmentEventRepository events;
    private final RepresentativeRepository representatives;
    private final RepresentativeService scope;
    private final ApplicationEventPublisher published;
    private final Clock clock;

    CommitmentService(CommitmentRepository commitments, CommitmentEventRepository events, RepresentativeRepository representatives, RepresentativeService scope,
            ApplicationEventPublisher published, Clock clock) {
        this.commitments = commitments;
        this.representatives = representatives;
        this.events = events;
        this.scope = scope;
        this.published = published;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Page<Commitment> commitments(CommitmentFilter filter, Pageable pageable) {
        return commitments.findAll(commitmentSelection(filter), pageable);
    }

    /** The commitments the filter selects, for the list's download. */
    public Selection<Commitment> forExport(CommitmentFilter filter, Sort sort) {
        return Selection.of(Commitment.class, commitmentSelection(filter), sort, "village", "village.town", "representative");
    }

    /** The commitments whose content or pledger holds the text, within the user's scope, for the search across modules. */
    @Transactional(readOnly = true)
    public Page<CommitmentRef> search(String q, Pageable pageable) {
        return commitments(new CommitmentFilter(q, null, null, null, null, null), pageable).map(CommitmentService::ref);
    }

    /** These commitments by id (the caller has checked the scope of what refers to them). */
    @Transactional(readOnly = true)
    public Map<Long, CommitmentRef> refs(Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : commitments.findWithVillageByIdIn(ids).stream()
                .collect(Collectors.toMap(Commitment::getId, CommitmentService::ref));
    }

    private static CommitmentRef ref(Commitment c) {
        return new CommitmentRef(c.getId(), c.getVillage().getName(), c.getPledgedBy(), c.getContent(), c.getPledgedOn(),
                c.getStatus().messageKey());
    }

    @Transactional(readOnly = true)
    public Commitment commitment(Long id) {
        return commitments.findWithVillageById(id).filter(c -> RecordScope.covers(c.getVillage()))
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
    public Map<Long, Long> publicFulfilledPerVillage(Collection<Long> villageIds, LocalDate from, LocalDate to) {
        return villageIds.isEmpty() ? Map.of() : IdCount.byId(commitments.countPublicFulfilledPerVillage(villageIds, from, to));
    }

    /** The commitment a submission with this one-time token already recorded (the same form sent twice). */
    @Transactional(readOnly = true)
    public Optional<Long> commitmentWithToken(String token) {
        return OneTimeToken.isValid(token) ? commitments.findByClientToken(token)
                .filter(c -> RecordScope.covers(c.getVillage())).map(Commitment::getId) : Optional.empty();
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
            Village village = scope.villageFor(form.getVillageId());
            commitment = new Commitment(village, form.getPledgedBy(), form.getContent(), form.getCategory(), form.getPledgedOn(),
                    form.getPromisedBy());
            commitment.setClientToken(OneTimeToken.orFresh(form.getToken()));
        } else {
            commitment = commitment(id);
            scope.requireEditable(commitment.getVillage());
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
            events.save(new CommitmentEvent(saved, null, CommitmentStatus.PLEDGED, form.getPledgedOn(), null, RecordScope.username(), Instant.now(clock)));
        }
        return saved;
    }

    /**
     * Records a representative's public commitment as its form does (a public service, on public notice), for another
     * module's demo data; the caller is signed in as someone who may add it in the village. Answers its id.
     */
    @Transactional
    public Long pledge(Long villageId, Long representativeId, String pledgedBy, String content, LocalDate pledgedOn,
            LocalDate promisedBy) {
        CommitmentForm form = new CommitmentForm();
        form.setVillageId(villageId);
        form.setRepresentativeId(representativeId);
        form.setPledgedBy(pledgedBy);
        form.setContent(content);
        form.setPledgedOn(pledgedOn);
        form.setPromisedBy(promisedBy);
        return saveCommitment(null, form).getId();
    }

    /** Fulfilment needs its day and a note; withdrawal needs a reason; other steps are refused. */
    @Transactional
    public Commitment moveCommitment(Long id, Long expectedVersion, CommitmentStatus next, LocalDate on, String text) {
        Commitment commitment = commitment(id);
        scope.requireEditable(commitment.getVillage());
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
        events.save(new CommitmentEvent(commitment, from, next, day, text, RecordScope.username(), Instant.now(clock)));
        if (next == CommitmentStatus.FULFILLED && commitment.getRepresentative() != null) {
            published.publishEvent(new CommitmentFulfilled(commitment.getId(), commitment.getRepresentative().getId(), day,
                    commitment.getContent()));
        }
        commitments.flush();
        return commitment;
    }

    private Specification<Commitment> commitmentSelection(CommitmentFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return Specification.allOf(RecordScope.inScope(), RecordScope.villageFilter(filter.townId(), filter.villageId()), (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(cb.or(LikePattern.contains(cb, root.get("content"), filter.q()),
                        LikePattern.contains(cb, root.get("pledgedBy"), filter.q())));
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
}
