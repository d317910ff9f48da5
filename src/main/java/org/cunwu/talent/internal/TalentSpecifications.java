package org.cunwu.talent.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.access.Access;
import org.cunwu.shared.Scope;
import org.cunwu.villages.Village;
import org.cunwu.shared.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/** Scope and filters of the talent lists as JPA criteria: the one place where a list is narrowed to a user's scope. */
final class TalentSpecifications {

    private TalentSpecifications() {
    }

    /** Programmes are the district's: anyone with a scope reads them all; NONE reads nothing. */
    static Specification<Program> programs(ProgramFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!Access.readsAnything()) {
                return cb.disjunction();
            }
            if (hasText(filter.q())) {
                predicates.add(cb.like(root.get("name"), LikePattern.contains(filter.q()), '\\'));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** Advisers (no village) are read by anyone with a scope; returned talents follow their village's scope. */
    static Specification<Talent> talents(PoolFilter filter) {
        return (root, query, cb) -> {
            Join<Talent, Village> village = root.join("village", JoinType.LEFT);
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.or(cb.isNull(root.get("village")), Access.villageVisible(village, cb)));
            if (hasText(filter.q())) {
                predicates.add(cb.or(LikePattern.contains(cb, root.get("name"), filter.q()),
                        LikePattern.contains(cb, root.get("field"), filter.q()),
                        LikePattern.contains(cb, root.get("organisation"), filter.q())));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.townId() != null) {
                predicates.add(cb.equal(village.get("town").get("id"), filter.townId()));
            }
            if (filter.villageId() != null) {
                predicates.add(cb.equal(village.get("id"), filter.villageId()));
            }
            predicates.add(filter.since().on(cb, root.get("sinceDate")));
            return Access.readsAnything() ? cb.and(predicates.toArray(Predicate[]::new)) : cb.disjunction();
        };
    }

    static Specification<PartnerProject> partnerProjects(PartnerFilter filter) {
        return (root, query, cb) -> {
            Join<PartnerProject, Village> village = root.join("village");
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(Access.villageVisible(village, cb));
            if (hasText(filter.q())) {
                String pattern = LikePattern.contains(filter.q());
                predicates.add(cb.or(cb.like(root.get("title"), pattern, '\\'), cb.like(root.get("field"), pattern, '\\')));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.status() == PartnerStatus.OPEN) {
                // open in the record is recruiting only until its deadline: past it the list says 已截止
                Path<LocalDate> openTo = root.get("openTo");
                LocalDate today = LocalDate.now();
                predicates.add(filter.expired() ? cb.lessThan(openTo, today)
                        : cb.or(cb.isNull(openTo), cb.greaterThanOrEqualTo(openTo, today)));
            }
            if (filter.townId() != null) {
                predicates.add(cb.equal(village.get("town").get("id"), filter.townId()));
            }
            if (filter.villageId() != null) {
                predicates.add(cb.equal(village.get("id"), filter.villageId()));
            }
            predicates.add(filter.open().on(cb, root.get("openFrom")));
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    private static boolean hasText(String q) {
        return q != null && !q.isBlank();
    }

}
