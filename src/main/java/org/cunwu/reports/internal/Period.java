package org.cunwu.reports.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The period of a report: a year, a quarter or a month of a year, or from–to (ISO dates), both days included.
 * Parsing is lenient: what cannot be read falls back to the current year, and {@link #valid()} says so.
 */
public record Period(LocalDate from, LocalDate to, String labelKey, Object[] labelArgs, boolean valid) {

    static Period parse(String year, String quarter, String month, String from, String to, LocalDate today) {
        try {
            if (from != null && !from.isBlank() && to != null && !to.isBlank()) {
                LocalDate start = LocalDate.parse(from.trim());
                LocalDate end = LocalDate.parse(to.trim());
                if (end.isBefore(start)) {
                    return ofYear(today.getYear(), false);
                }
                return new Period(start, end, "period.range", new Object[] {start.toString(), end.toString()}, true);
            }
            int y = year == null || year.isBlank() ? today.getYear() : Integer.parseInt(year.trim());
            if (y < 2000 || y > 2100) {
                return ofYear(today.getYear(), false);
            }
            if (quarter != null && !quarter.isBlank()) {
                int q = Integer.parseInt(quarter.trim());
                if (q < 1 || q > 4) {
                    return ofYear(y, false);
                }
                LocalDate start = LocalDate.of(y, 3 * q - 2, 1);
                return new Period(start, start.plusMonths(3).minusDays(1), "period.quarter", new Object[] {String.valueOf(y), q}, true);
            }
            if (month != null && !month.isBlank()) {
                int m = Integer.parseInt(month.trim());
                if (m < 1 || m > 12) {
                    return ofYear(y, false);
                }
                LocalDate start = LocalDate.of(y, m, 1);
                return new Period(start, start.plusMonths(1).minusDays(1), "period.month", new Object[] {String.valueOf(y), m}, true);
            }
            return ofYear(y, true);
        } catch (NumberFormatException | DateTimeParseException e) {
            return ofYear(today.getYear(), false);
        }
    }

    /** Whether the period is whole calendar months (every year, quarter and month is; a from–to range may be). */
    boolean wholeMonths() {
        return from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1;
    }

    static Period ofYear(int year, boolean valid) {
        return new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), "period.year", new Object[] {String.valueOf(year)}, valid);
    }
}
