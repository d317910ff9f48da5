package org.cunwu.villages.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.cunwu.shared.Scope;
import org.cunwu.shared.LikePattern;
import org.cunwu.villages.Village;
import org.cunwu.villages.VillageFilter;
import org.springframework.data.jpa.domain.Specification;

/** Scope and filters of village queries, as JPA criteria. */
public final class VillageSpecifications {

    /** The longest text the trigram index cannot serve. */
    static final int SHORTER_THAN_TRIGRAM = 2;

    private VillageSpecifications() {
    }

    /** The one place villages are narrowed to a user's scope; NONE matches nothing. */
    public static Specification<Village> matching(VillageFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(cb.or(nameContains(root, cb, filter.q()),
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

    /**
     * The name holds the text. A text of one or two characters is shorter than a trigram, so the trigram index cannot
     * find it: the names that hold each of its characters come from the characters' index (V85), and LIKE decides.
     */
    private static Predicate nameContains(Root<Village> root, CriteriaBuilder cb, String q) {
        String text = q.trim();
        Predicate like = cb.like(root.get("name"), LikePattern.contains(text), '\\');
        if (text.codePointCount(0, text.length()) > SHORTER_THAN_TRIGRAM) {
            return like;
        }
        return cb.and(cb.isTrue(cb.function("contains_chars", Boolean.class, root.get("name"), cb.literal(text))), like);
    }
}
