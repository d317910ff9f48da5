package org.cunwu.representatives.internal;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cunwu.attachments.AttachedRecordDeleted;
import org.cunwu.representatives.RepresentativeService;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Household visits: recorded once per form, each earning the representative its points in the same transaction. */
@Service
public class VisitService {

    private final HouseholdVisitRepository visits;
    private final LinkedHouseholdRepository households;
    private final RepresentativeService representatives;
    private final ApplicationEventPublisher events;

    VisitService(HouseholdVisitRepository visits, LinkedHouseholdRepository households, RepresentativeService representatives,
            ApplicationEventPublisher events) {
        this.visits = visits;
        this.households = households;
        this.representatives = representatives;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public Page<HouseholdVisit> visits(VisitFilter filter, Pageable pageable) {
        return visits.findAll(selection(filter), pageable);
    }

    /** The visits the filter selects, for the list's download. */
    public Selection<HouseholdVisit> forExport(VisitFilter filter, Sort sort) {
        return Selection.of(HouseholdVisit.class, selection(filter), sort, "village", "representative", "household");
    }

    private static Specification<HouseholdVisit> selection(VisitFilter filter) {
        return Specification.allOf(RecordScope.inScope(), RecordScope.villageFilter(null, filter.villageId()));
    }

    @Transactional(readOnly = true)
    public HouseholdVisit visit(Long id) {
        return visits.findWithAllById(id).filter(v -> RecordScope.covers(v.getVillage()))
                .orElseThrow(() -> new RecordNotFoundException("visit", id));
    }

    /** A representative's visits, newest first (the caller has checked the representative's scope). */
    @Transactional(readOnly = true)
    public List<HouseholdVisit> visitsOf(Representative representative) {
        return visits.findByRepresentative(representative.getId());
    }

    /** The visit a submission with this one-time token already recorded (the same form sent twice). */
    @Transactional(readOnly = true)
    public Optional<Long> visitWithToken(String token) {
        return OneTimeToken.isValid(token) ? visits.findByClientToken(token)
                .filter(v -> RecordScope.covers(v.getVillage())).map(HouseholdVisit::getId) : Optional.empty();
    }

    /**
     * Records the visit; the same form submitted again returns the visit it already recorded. Sent twice at the same
     * moment, the second insert waits for the first and fails on the token's unique key; the caller then looks the
     * first visit up by {@link #visitWithToken}. The points are awarded after the visit's insert, so only once.
     */
    @Transactional
    public HouseholdVisit record(VisitForm form) {
        if (OneTimeToken.isValid(form.getToken())) {
            var already = visits.findByClientToken(form.getToken());
            if (already.isPresent()) {
                return already.get();
            }
        }
        Representative representative = representatives.representative(form.getRepresentativeId());
        representatives.requireEditable(representative.getVillage());
        LinkedHousehold household = households.findById(form.getHouseholdId())
                .filter(h -> representatives.householdsOf(representative).stream().anyMatch(x -> x.getId().equals(h.getId())))
                .orElseThrow(() -> new InvalidFieldException("householdId", "visit.household.invalid"));
        HouseholdVisit visit = visits.saveAndFlush(new HouseholdVisit(representative, household, form.getVisitedOn(), form.getNotes(),
                OneTimeToken.orFresh(form.getToken())));
        events.publishEvent(new VisitRecorded(visit.getId(), representative.getId(), visit.getVisitedOn(), household.getHousehold()));
        return visit;
    }

    /** Deleting a visit takes back the points it earned and deletes its attachments (kept as lines of their log). */
    @Transactional
    public Long delete(Long id) {
        HouseholdVisit visit = visit(id);
        representatives.requireEditable(visit.getVillage());
        events.publishEvent(new VisitDeleted(visit.getId()));
        events.publishEvent(new AttachedRecordDeleted("visit", visit.getId()));
        Long representativeId = visit.getRepresentative().getId();
        visits.delete(visit);
        return representativeId;
    }

    /** Which of a representative's households were visited in the period, and which not. */
    @Transactional(readOnly = true)
    public Coverage coverage(Representative representative, LocalDate from, LocalDate to) {
        Set<Long> visited = new HashSet<>(visits.visitedHouseholds(representative.getId(), from, to));
        List<LinkedHousehold> all = representatives.householdsOf(representative);
        return new Coverage(all.stream().filter(h -> visited.contains(h.getId())).toList(),
                all.stream().filter(h -> !visited.contains(h.getId())).toList());
    }

    public record Coverage(List<LinkedHousehold> visited, List<LinkedHousehold> notVisited) {
    }
}
