package org.cunwu.villages.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;

import org.cunwu.shared.DateRange;
import org.cunwu.shared.FilterParameters;
import org.cunwu.shared.LikePattern;
import org.cunwu.shared.access.Access;
import org.cunwu.villages.DemonstrationZone;
import org.cunwu.villages.Village;
import org.hibernate.query.criteria.HibernateCriteriaBuilder;
import org.springframework.data.jpa.domain.Specification;

/** The zone list's filters: text, a town their villages lie in or one of their villages, the days their plan was approved. */
public record ZoneFilter(String q, Long townId, Long villageId, DateRange approved) {

    public static final ZoneFilter NONE = new ZoneFilter(null, null, null, DateRange.ANY);

    static ZoneFilter of(FilterParameters params) {
        return new ZoneFilter(params.text("q"), params.id("townId", "village.town"), params.id("villageId", "zone.villages"),
                params.dates("approved"));
    }

    /**
     * The zones the user may see (the district every zone, others those holding one of their villages) that match: name
     * or plan title holding the text (letters in any case), holding a village of the town or the village, approved in
     * the dates. One query, whatever the number of zones.
     */
    public Specification<DemonstrationZone> selection() {
        return (zone, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (!Access.seesEverything()) {
                predicates.add(holding(zone, query, cb, Access::villageVisible));
            }
            if (q != null && !q.isBlank()) {
                HibernateCriteriaBuilder hb = (HibernateCriteriaBuilder) cb;
                String pattern = LikePattern.contains(q);
                predicates.add(cb.or(hb.ilike(zone.get("name"), pattern, '\\'), hb.ilike(zone.get("planTitle"), pattern, '\\')));
            }
            if (townId != null) {
                predicates.add(holding(zone, query, cb, (village, b) -> b.equal(village.get("town").get("id"), townId)));
            }
            if (villageId != null) {
                predicates.add(holding(zone, query, cb, (village, b) -> b.equal(village.get("id"), villageId)));
            }
            if (!approved.any()) {
                predicates.add(approved.on(cb, zone.get("planApprovedOn")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }

    /** The zone holds a village meeting the condition (a subquery, so that a zone comes once however many villages meet it). */
    private static Predicate holding(Root<DemonstrationZone> zone, CriteriaQuery<?> query, CriteriaBuilder cb,
            BiFunction<Join<DemonstrationZone, Village>, CriteriaBuilder, Predicate> condition) {
        Subquery<Integer> held = query.subquery(Integer.class);
        Root<DemonstrationZone> same = held.correlate(zone);
        Join<DemonstrationZone, Village> village = same.join("villages");
        return cb.exists(held.select(cb.literal(1)).where(condition.apply(village, cb)));
    }
}
