package org.cunwu.cadres.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.Scope;
import org.cunwu.shared.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/** Scope and filters of the cadre list, as JPA criteria. */
final class PostHeldSpecifications {

    private PostHeldSpecifications() {
    }

    static Specification<PostHeld> matching(CadreFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(LikePattern.contains(cb, root.get("person").get("name"), filter.q()));
            }
            if (filter.townId() != null) {
                predicates.add(cb.equal(root.get("village").get("town").get("id"), filter.townId()));
            }
            if (filter.villageId() != null) {
                predicates.add(cb.equal(root.get("village").get("id"), filter.villageId()));
            }
            if (filter.postTypeId() != null) {
                predicates.add(cb.equal(root.get("postType").get("id"), filter.postTypeId()));
            }
            if (filter.current() != null) {
                predicates.add(filter.current() ? cb.isNull(root.get("toDate")) : cb.isNotNull(root.get("toDate")));
            }
            if (Boolean.TRUE.equals(filter.nineties())) {
                predicates.add(cb.between(root.get("person").get("birthDate"), Person.NINETIES_FROM, Person.NINETIES_TO));
            }
            if (Boolean.TRUE.equals(filter.adjusted())) {
                predicates.add(cb.equal(root.get("endReason"), EndReason.NOT_COMPETENT));
            }
            if (!filter.ended().any()) {
                predicates.add(filter.ended().on(cb, root.get("toDate")));
            }
            LocalDate on = filter.heldOn();
            if (on != null) {
                predicates.add(cb.lessThanOrEqualTo(root.get("fromDate"), on));
                predicates.add(cb.or(cb.isNull(root.get("toDate")), cb.greaterThanOrEqualTo(root.get("toDate"), on)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
