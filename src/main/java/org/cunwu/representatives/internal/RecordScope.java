package org.cunwu.representatives.internal;

import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.shared.PortalUser;
import org.cunwu.shared.Scope;
import org.cunwu.shared.access.Access;
import org.cunwu.villages.Village;
import org.springframework.data.jpa.domain.Specification;

/** The module's records are scoped by their village: who sees one, the lists' scope and village filters, who recorded it. */
public final class RecordScope {

    private RecordScope() {
    }

    public static boolean covers(Village village) {
        return Access.canSee(village.getTown().getId(), village.getId());
    }

    public static <T> Specification<T> inScope() {
        return Access.visible("village");
    }

    public static <T> Specification<T> villageFilter(Long townId, Long villageId) {
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

    public static String username() {
        PortalUser user = Scope.currentUser();
        return user == null ? "system" : user.getUsername();
    }
}
