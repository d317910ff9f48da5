package org.cunwu.representatives;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.representatives.internal.HouseholdVisit;
import org.cunwu.representatives.internal.Problem;
import org.cunwu.representatives.internal.ProblemCategory;
import org.cunwu.representatives.internal.ProblemCategoryRepository;
import org.cunwu.representatives.internal.ProblemEvent;
import org.cunwu.representatives.internal.ProblemEventRepository;
import org.cunwu.representatives.internal.ProblemForm;
import org.cunwu.representatives.internal.ProblemMoved;
import org.cunwu.representatives.internal.ProblemRepository;
import org.cunwu.representatives.internal.ProblemResolved;
import org.cunwu.representatives.internal.ProblemStatus;
import org.cunwu.representatives.internal.Reception;
import org.cunwu.representatives.internal.ReceptionService;
import org.cunwu.representatives.internal.RecordScope;
import org.cunwu.representatives.internal.VisitService;
import org.cunwu.shared.ConcurrentEditException;
import org.cunwu.shared.DateRange;
import org.cunwu.shared.IdCount;
import org.cunwu.shared.InvalidFieldException;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.OneTimeToken;
import org.cunwu.shared.RecordNotFoundException;
import org.cunwu.shared.export.Selection;
import org.cunwu.villages.Village;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Receptions and problems within the user's scope, with the same rules of who changes what as representatives.
 * Other modules read counts of resolved problems from it. Not propagated: the internal types in the signatures its own
 * pages use are no API for other modules.
 */
@NamedInterface(name = "api", propagate = false)
@Service
public class ProblemService {

    /** What the problem list narrows to. */
    public record ProblemFilter(String q, Long townId, Long villageId, ProblemStatus status, Long categoryId, Boolean petition,
            Boolean open, Boolean overdue, DateRange reported, DateRange resolved) {

        public ProblemFilter(String q, Long townId, Long villageId, ProblemStatus status, Long categoryId, Boolean petition,
                Boolean open, Boolean overdue) {
            this(q, townId, villageId, status, categoryId, petition, open, overdue, DateRange.ANY, DateRange.ANY);
        }

        public static ProblemFilter none() {
            return new ProblemFilter(null, null, null, null, null, null, null, null);
        }
    }

    private final ReceptionService receptions;
    private final ProblemRepository problems;
    private final ProblemCategoryRepository categories;
    private final ProblemEventRepository events;
    private final RepresentativeService scope;
    private final ApplicationEventPublisher published;
    private final VisitService visits;
    private final Clock clock;
    private final int overdueDays;

    ProblemService(ReceptionService receptions, ProblemRepository problems, ProblemCategoryRepository categories,
            ProblemEventRepository events, RepresentativeService scope, ApplicationEventPublisher published, VisitService visits, Clock clock,
            @Value("${cunwu.problems.overdue-days:30}") int overdueDays) {
        this.published = published;
        this.visits = visits;
        this.receptions = receptions;
        this.problems = problems;
        this.categories = categories;
        this.events = events;
        this.scope = scope;
        this.clock = clock;
        this.overdueDays = overdueDays;
    }

    public int overdueDays() {
        return overdueDays;
    }

    // ---- receptions

    @Transactional(readOnly = true)
    public List<ProblemCategory> categories() {
        return categories.findAllByOrderBySortOrder();
    }

    @Transactional(readOnly = true)
    public Page<Problem> problems(ProblemFilter filter, Pageable pageable) {
        return problems.findAll(selection(filter), pageable);
    }

    /** The problems the filter selects (within the user's scope) in the given order, for a download of any size. */
    public Selection<Problem> forExport(ProblemFilter filter, Sort sort) {
        return Selection.of(Problem.class, selection(filter), sort, "village", "village.town", "category");
    }

    @Transactional(readOnly = true)
    public Problem problem(Long id) {
        return problems.findWithVillageById(id).filter(p -> RecordScope.covers(p.getVillage()))
                .orElseThrow(() -> new RecordNotFoundException("problem", id));
    }

    @Transactional(readOnly = true)
    public List<ProblemEvent> eventsOf(Problem problem) {
        return events.findByProblem(problem.getId());
    }

    /** The problem a submission with this one-time token already recorded (the same form sent twice). */
    @Transactional(readOnly = true)
    public Optional<Long> problemWithToken(String token) {
        return OneTimeToken.isValid(token) ? problems.findByClientToken(token)
                .filter(p -> RecordScope.covers(p.getVillage())).map(Problem::getId) : Optional.empty();
    }

    @Transactional
    public Problem saveProblem(Long id, ProblemForm form) {
        Problem problem;
        if (id == null && OneTimeToken.isValid(form.getToken())) {
            var already = problems.findByClientToken(form.getToken());
            if (already.isPresent()) {
                return already.get();
            }
        }
        if (id == null) {
            Reception reception = form.getReceptionId() == null ? null : receptions.reception(form.getReceptionId());
            HouseholdVisit visit = form.getVisitId() == null ? null : visits.visit(form.getVisitId());
            Village village = reception != null ? reception.getVillage()
                    : visit != null ? visit.getVillage() : scope.villageFor(form.getVillageId());
            scope.requireEditable(village);
            problem = new Problem(village, reception, visit);
            problem.setClientToken(OneTimeToken.orFresh(form.getToken()));
        } else {
            problem = problem(id);
            scope.requireEditable(problem.getVillage());
            ConcurrentEditException.check("problem", id, form.getVersion(), problem.getVersion());
        }
        ProblemCategory category = categories.findById(form.getCategoryId())
                .orElseThrow(() -> new InvalidFieldException("categoryId", "problem.category.invalid"));
        problem.update(form.getSource(), category, form.isPetition(), form.getTitle(), form.getDescription(), form.getReportedOn());
        Problem saved = problems.saveAndFlush(problem);
        if (id == null) {
            events.save(new ProblemEvent(saved, null, ProblemStatus.OPEN, form.getReportedOn(), null,
                    RecordScope.username(), Instant.now(clock)));
        }
        return saved;
    }

    /** Assigning names who; resolving needs a note and a day not before the report; escalating needs a reason. */
    @Transactional
    public Problem moveProblem(Long id, Long expectedVersion, ProblemStatus next, LocalDate on, String text) {
        Problem problem = problem(id);
        scope.requireEditable(problem.getVillage());
        ConcurrentEditException.check("problem", id, expectedVersion, problem.getVersion());
        if (next == null || !problem.getStatus().allowedNext().contains(next)) {
            throw new InvalidFieldException("status", "problem.status.notAllowed");
        }
        if (text == null || text.isBlank()) {
            throw new InvalidFieldException("text", "problem." + next.name().toLowerCase(Locale.ROOT) + ".textRequired");
        }
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        if (next == ProblemStatus.RESOLVED && day.isBefore(problem.getReportedOn())) {
            throw new InvalidFieldException("on", "problem.resolvedOn.beforeReport");
        }
        InvalidFieldException.checkLength("text", text, next == ProblemStatus.ASSIGNED ? 50 : 1000);
        ProblemStatus from = problem.getStatus();
        problem.moveTo(next, day, text);
        // the version check first: of two steps sent at the same moment, the second then fails as a conflict, not on the points' key
        problems.flush();
        events.save(new ProblemEvent(problem, from, next, day, text, RecordScope.username(), Instant.now(clock)));
        published.publishEvent(new ProblemMoved(problem.getId(), problem.getVillage().getId(), problem.getVillage().getTown().getId(),
                problem.getTitle(), from, next, text));
        if (next == ProblemStatus.RESOLVED && problem.getVisit() != null) {
            published.publishEvent(new ProblemResolved(problem.getId(), problem.getVisit().getRepresentative().getId(), day,
                    problem.getTitle()));
        }
        problems.flush();
        return problem;
    }

    /** Petitions resolved in the period in these villages, for a campaign's results. */
    @Transactional(readOnly = true)
    public long countPetitionsResolvedIn(Collection<Long> villageIds, LocalDate from, LocalDate to) {
        return villageIds.isEmpty() ? 0 : problems.countPetitionsResolvedIn(villageIds, from, to);
    }

    /** Per village id: problems (or only petitions) resolved in the period in these villages, for a campaign's results. */
    @Transactional(readOnly = true)
    public Map<Long, Long> resolvedPerVillage(Collection<Long> villageIds, LocalDate from, LocalDate to, boolean petitionsOnly) {
        return villageIds.isEmpty() ? Map.of() : IdCount.byId(problems.countResolvedPerVillage(villageIds, from, to, petitionsOnly));
    }

    private Specification<Problem> selection(ProblemFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return Specification.allOf(RecordScope.inScope(), RecordScope.villageFilter(filter.townId(), filter.villageId()), (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(cb.like(root.get("title"), LikePattern.contains(filter.q()), '\\'));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.categoryId() != null) {
                predicates.add(cb.equal(root.get("category").get("id"), filter.categoryId()));
            }
            if (Boolean.TRUE.equals(filter.petition())) {
                predicates.add(cb.isTrue(root.get("petition")));
            }
            if (Boolean.TRUE.equals(filter.open()) || Boolean.TRUE.equals(filter.overdue())) {
                predicates.add(cb.notEqual(root.get("status"), ProblemStatus.RESOLVED));
            }
            if (Boolean.TRUE.equals(filter.overdue())) {
                predicates.add(cb.lessThan(root.get("reportedOn"), today.minusDays(overdueDays)));
            }
            predicates.add(filter.reported().on(cb, root.get("reportedOn")));
            predicates.add(filter.resolved().on(cb, root.get("resolvedOn")));
            return cb.and(predicates.toArray(Predicate[]::new));
        });
    }
}
