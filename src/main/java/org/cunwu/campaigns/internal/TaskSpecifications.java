package org.cunwu.campaigns.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.villages.Village;
import org.cunwu.shared.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/** The conditions of the task list; a town or village filter keeps the tasks that concern one of its villages. */
public final class TaskSpecifications {

    private TaskSpecifications() {
    }

    public static Specification<Task> tasks(TaskFilter filter, LocalDate today) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            if (filter.q() != null) {
                String pattern = LikePattern.contains(filter.q());
                predicates.add(cb.or(cb.like(root.get("title"), pattern, '\\'), cb.like(root.get("owner"), pattern, '\\')));
            }
            if (filter.campaignId() != null) {
                predicates.add(cb.equal(root.get("campaign").get("id"), filter.campaignId()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.overdue() != null) {
                Predicate overdue = cb.and(cb.lessThan(root.get("dueDate"), today),
                        root.get("status").in(TaskStatus.OPEN, TaskStatus.IN_PROGRESS));
                predicates.add(filter.overdue() ? overdue : cb.not(overdue));
            }
            if (filter.townId() != null || filter.villageId() != null) {
                var sub = query.subquery(Long.class);
                var task = sub.from(Task.class);
                var village = task.<Task, Village>join("villages");
                List<Predicate> where = new ArrayList<>(List.of(cb.equal(task, root)));
                if (filter.townId() != null) {
                    where.add(cb.equal(village.get("town").get("id"), filter.townId()));
                }
                if (filter.villageId() != null) {
                    where.add(cb.equal(village.get("id"), filter.villageId()));
                }
                predicates.add(cb.exists(sub.select(task.get("id")).where(where.toArray(Predicate[]::new))));
            }
            if (filter.completed().from() != null || filter.completed().to() != null) {
                predicates.add(cb.isNotNull(root.get("completedOn")));
                predicates.add(filter.completed().on(cb, root.get("completedOn")));
            }
            if (filter.due().from() != null || filter.due().to() != null) {
                predicates.add(cb.isNotNull(root.get("dueDate")));
                predicates.add(filter.due().on(cb, root.get("dueDate")));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
