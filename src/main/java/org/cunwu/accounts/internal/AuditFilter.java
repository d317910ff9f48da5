package org.cunwu.accounts.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.criteria.Predicate;

import org.cunwu.accounts.AuditLog;
import org.cunwu.shared.DateRange;
import org.cunwu.shared.LikePattern;
import org.springframework.data.jpa.domain.Specification;

/**
 * The audit log page's filters: a user (who acted, or whose account it was about), a kind and a range of days.
 * A value that cannot be used (an unknown kind, an unreadable day) drops only itself.
 */
public record AuditFilter(String user, String kind, DateRange days) {

    static AuditFilter of(String user, String kind, String dayFrom, String dayTo) {
        String cleanUser = AuditEvent.fit(user == null ? null : user.trim(), 50);
        return new AuditFilter(cleanUser == null || cleanUser.isBlank() ? null : cleanUser,
                kind != null && AuditLog.KINDS.contains(kind) ? kind : null, DateRange.parse(cut(dayFrom), cut(dayTo)));
    }

    private static String cut(String day) {
        return day == null || day.length() > 10 ? null : day;
    }

    public Specification<AuditEvent> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            if (user != null) {
                String pattern = LikePattern.contains(user.toLowerCase());
                where.add(cb.or(cb.like(cb.lower(root.get("username")), pattern, '\\'),
                        cb.like(cb.lower(root.get("subject")), pattern, '\\')));
            }
            if (kind != null) {
                where.add(cb.equal(root.get("kind"), kind));
            }
            ZoneId zone = ZoneId.systemDefault();
            if (days.from() != null) {
                where.add(cb.greaterThanOrEqualTo(root.get("at"), days.from().atStartOfDay(zone).toInstant()));
            }
            if (days.to() != null && days.to().isBefore(LocalDate.MAX)) {
                where.add(cb.lessThan(root.get("at"), days.to().plusDays(1).atStartOfDay(zone).toInstant()));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }
}
