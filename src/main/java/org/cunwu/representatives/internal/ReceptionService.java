package org.cunwu.representatives.internal;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Receptions of residents (接访) within the user's scope: the list, its person-times, and recording one once per form. */
@Service
public class ReceptionService {

    private final ReceptionRepository receptions;
    private final RepresentativeService scope;
    private final EntityManager entityManager;

    ReceptionService(ReceptionRepository receptions, RepresentativeService scope, EntityManager entityManager) {
        this.receptions = receptions;
        this.scope = scope;
        this.entityManager = entityManager;
    }

    @Transactional(readOnly = true)
    public Page<Reception> receptions(ReceptionFilter filter, Pageable pageable) {
        return receptions.findAll(receptionSelection(filter), pageable);
    }

    /** The receptions the filter selects, for the list's download. */
    public Selection<Reception> forExport(ReceptionFilter filter, Sort sort) {
        return Selection.of(Reception.class, receptionSelection(filter), sort, "village", "village.town");
    }

    /** The person-times of the receptions a filter selects (what a report's reception figure counts). */
    @Transactional(readOnly = true)
    public long receptionPeople(ReceptionFilter filter) {
        var cb = entityManager.getCriteriaBuilder();
        var query = cb.createQuery(Long.class);
        var root = query.from(Reception.class);
        query.select(cb.coalesce(cb.sumAsLong(root.get("peopleCount")), 0L)).where(receptionSelection(filter).toPredicate(root, query, cb));
        return entityManager.createQuery(query).getSingleResult();
    }

    private static Specification<Reception> receptionSelection(ReceptionFilter filter) {
        return Specification.allOf(RecordScope.inScope(), RecordScope.villageFilter(filter.townId(), filter.villageId()),
                (root, query, cb) -> filter.q() == null || filter.q().isBlank() ? cb.conjunction()
                        : cb.or(cb.like(root.get("topic"), LikePattern.contains(filter.q()), '\\'),
                                cb.like(root.get("residentName"), LikePattern.contains(filter.q()), '\\')),
                (root, query, cb) -> filter.period().on(cb, root.get("receivedOn")));
    }

    @Transactional(readOnly = true)
    public Reception reception(Long id) {
        return receptions.findWithVillageById(id).filter(r -> RecordScope.covers(r.getVillage()))
                .orElseThrow(() -> new RecordNotFoundException("reception", id));
    }

    /** The reception a submission with this one-time token already recorded (the same form sent twice). */
    @Transactional(readOnly = true)
    public Optional<Long> receptionWithToken(String token) {
        return OneTimeToken.isValid(token) ? receptions.findByClientToken(token)
                .filter(r -> RecordScope.covers(r.getVillage())).map(Reception::getId) : Optional.empty();
    }

    @Transactional
    public Reception saveReception(Long id, ReceptionForm form) {
        Reception reception;
        if (id == null && OneTimeToken.isValid(form.getToken())) {
            var already = receptions.findByClientToken(form.getToken());
            if (already.isPresent()) {
                return already.get();
            }
        }
        if (id == null) {
            reception = new Reception(scope.villageFor(form.getVillageId()));
            reception.setClientToken(OneTimeToken.orFresh(form.getToken()));
        } else {
            reception = reception(id);
            scope.requireEditable(reception.getVillage());
            ConcurrentEditException.check("reception", id, form.getVersion(), reception.getVersion());
        }
        reception.update(form.getReceivedOn(), form.getResidentName(), form.getResidentPhone(), form.getTopic(),
                form.getPeopleCount(), form.getHandledBy(), form.getOutcome());
        return receptions.saveAndFlush(reception);
    }
}
