package org.cunwu.projects.internal;

import java.time.LocalDate;

import org.cunwu.projects.ProjectStatus;
import org.cunwu.shared.access.Access;
import org.cunwu.shared.DateRange;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;

import org.cunwu.shared.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/** A project belongs to the scope of every village that takes part in it: its lead and each partner. */
public final class ProjectSpecifications {

    private ProjectSpecifications() {
    }

    /** Visible where the lead village or a partner village is (a partner's secretary follows the shared project). */
    public static Specification<Project> inScope() {
        return (root, query, cb) -> {
            if (Access.seesEverything()) {
                return cb.conjunction();
            }
            Subquery<Long> sub = query.subquery(Long.class);
            Root<ProjectPartner> partner = sub.from(ProjectPartner.class);
            sub.select(partner.get("id")).where(cb.equal(partner.get("project"), root), Access.villageVisible(partner.get("village"), cb));
            return cb.or(Access.villageVisible(root.get("leadVillage"), cb), cb.exists(sub));
        };
    }

    /** A status period of the project in which it was operating at some time of the range (as the reports count it). */
    private static Subquery<Long> operatedIn(Root<Project> root, CriteriaQuery<?> query, CriteriaBuilder cb, DateRange range) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<ProjectStatusPeriod> period = sub.from(ProjectStatusPeriod.class);
        List<Predicate> where = new ArrayList<>(List.of(cb.equal(period.get("projectId"), root.get("id")),
                cb.equal(period.get("status"), ProjectStatus.OPERATING)));
        if (range.to() != null) {
            where.add(cb.lessThanOrEqualTo(period.get("fromDate"), range.to()));
        }
        if (range.from() != null) {
            where.add(cb.or(cb.isNull(period.get("toDate")), cb.greaterThan(period.get("toDate"), range.from())));
        }
        return sub.select(period.get("projectId")).where(where.toArray(Predicate[]::new));
    }

    private static Subquery<Long> partnerWhere(Root<Project> root, CriteriaQuery<?> query, CriteriaBuilder cb, String level, Long id) {
        Subquery<Long> sub = query.subquery(Long.class);
        Root<ProjectPartner> partner = sub.from(ProjectPartner.class);
        Predicate match = level.equals("town")
                ? cb.equal(partner.get("village").get("town").get("id"), id)
                : cb.equal(partner.get("village").get("id"), id);
        return sub.select(partner.get("id")).where(cb.equal(partner.get("project"), root), match);
    }

    public static Specification<Project> matching(ProjectFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null && !filter.q().isBlank()) {
                predicates.add(LikePattern.contains(cb, root.get("name"), filter.q()));
            }
            if (filter.townId() != null) {
                predicates.add(cb.equal(root.get("leadVillage").get("town").get("id"), filter.townId()));
            }
            if (filter.villageId() != null && Boolean.TRUE.equals(filter.leadOnly())) {
                predicates.add(cb.equal(root.get("leadVillage").get("id"), filter.villageId()));
            } else if (filter.villageId() != null) {
                predicates.add(cb.or(cb.equal(root.get("leadVillage").get("id"), filter.villageId()),
                        cb.exists(partnerWhere(root, query, cb, "village", filter.villageId()))));
            }
            if (filter.categoryId() != null) {
                predicates.add(cb.equal(root.get("category").get("id"), filter.categoryId()));
            }
            if (filter.model() != null) {
                predicates.add(cb.equal(root.get("cooperationModel"), filter.model()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.keySupervised() != null) {
                predicates.add(cb.equal(root.get("keySupervised"), filter.keySupervised()));
            }
            if (filter.zoneId() != null) {
                predicates.add(cb.equal(root.get("zone").get("id"), filter.zoneId()));
            }
            if (filter.year() != null && filter.year() > 1900 && filter.year() < 3000) {
                predicates.add(cb.between(root.get("startedOn"), LocalDate.of(filter.year(), 1, 1), LocalDate.of(filter.year(), 12, 31)));
            }
            DateRange active = filter.active();
            if (active.to() != null) {
                predicates.add(cb.or(cb.isNull(root.get("startedOn")), cb.lessThanOrEqualTo(root.get("startedOn"), active.to())));
            }
            if (active.from() != null) {
                predicates.add(cb.or(cb.isNull(root.get("finishedOn")), cb.greaterThanOrEqualTo(root.get("finishedOn"), active.from())));
            }
            DateRange operating = filter.operating();
            if (!operating.any()) {
                // operating projects whose first change to OPERATING falls in the period
                var first = query.subquery(LocalDate.class);
                var change = first.from(StatusChange.class);
                first.select(cb.least(change.<LocalDate>get("changedOn")))
                        .where(cb.equal(change.get("project"), root), cb.equal(change.get("toStatus"), ProjectStatus.OPERATING));
                predicates.add(cb.isTrue(root.get("operating")));
                predicates.add(operating.on(cb, first));
            }
            DateRange operated = filter.operated();
            if (!operated.any()) {
                predicates.add(cb.exists(operatedIn(root, query, cb, operated)));
            }
            if (Boolean.TRUE.equals(filter.rectification())) {
                predicates.add(cb.isTrue(root.get("leadVillage").get("rectification")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
