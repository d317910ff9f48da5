package org.cunwu.shared;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import jakarta.servlet.http.HttpServletRequest;

/**
 * A list filter on a date, both ends included and either end open: {@code resolvedFrom=2023-01-01&resolvedTo=2023-12-31}
 * (ISO dates, as the reports link them). An unreadable end is ignored and {@link #unreadable()} says so, so that the
 * list can tell the user instead of failing.
 */
public record DateRange(LocalDate from, LocalDate to, boolean unreadable) {

    public static final DateRange ANY = new DateRange(null, null, false);

    /** The range named by a prefix in the request: {@code <prefix>From} and {@code <prefix>To}. */
    public static DateRange of(HttpServletRequest request, String prefix) {
        return parse(request.getParameter(prefix + "From"), request.getParameter(prefix + "To"));
    }

    public static DateRange parse(String from, String to) {
        LocalDate start = date(from);
        LocalDate end = date(to);
        boolean unreadable = (start == null && from != null && !from.isBlank()) || (end == null && to != null && !to.isBlank());
        return new DateRange(start, end, unreadable);
    }

    /** A single day ({@code onDate=…}), or null when absent or unreadable. */
    public static LocalDate date(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    public boolean any() {
        return from == null && to == null;
    }

    /** The condition on a date column, or an always-true one when the range is open at both ends. */
    public Predicate on(CriteriaBuilder cb, Expression<LocalDate> date) {
        if (from != null && to != null) {
            return cb.between(date, from, to);
        }
        if (from != null) {
            return cb.greaterThanOrEqualTo(date, from);
        }
        if (to != null) {
            return cb.lessThanOrEqualTo(date, to);
        }
        return cb.conjunction();
    }

    /** Whether a day falls in the range (an absent day never does unless the range is open at both ends). */
    public boolean contains(LocalDate day) {
        if (any()) {
            return true;
        }
        return day != null && (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }
}
