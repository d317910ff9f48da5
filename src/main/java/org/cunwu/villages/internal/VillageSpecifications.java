package org.cunwu.villages.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.Scope;
import org.cunwu.shared.LikePattern;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFilter;
import org.springframework.data.jpa.domain.Specification;

/** Scope and filters of village queries, as JPA criteria. */
public final class VillageSpecifications {

    private VillageSpecifications() {
    }

    /** The one place villages are narrowed to a user's scope; NONE matches nothing. */
    public static Specification<Village> matching(VillageFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(cb.or(LikePattern.contains(cb, root.get("name"), filter.q()),
                        cb.like(root.get("code"), LikePattern.startsWith(filter.q()), '\\')));
            }
            if (filter.townId() != null) {
                predicates.add(cb.equal(root.get("town").get("id"), filter.townId()));
            }
            if (filter.kind() != null) {
                predicates.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.clusterId() != null) {
                predicates.add(cb.equal(root.get("cluster").get("id"), filter.clusterId()));
            }
            if (filter.rectification() != null) {
                predicates.add(cb.equal(root.get("rectification"), filter.rectification()));
            }
            if (filter.demonstration() != null) {
                predicates.add(cb.equal(root.get("demonstration"), filter.demonstration()));
            }
            if (filter.conversionStatus() != null) {
                predicates.add(cb.equal(root.get("conversionStatus"), filter.conversionStatus()));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

}
