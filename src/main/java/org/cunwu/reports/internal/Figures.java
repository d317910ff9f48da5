package org.cunwu.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.util.EnumMap;
import java.util.Map;

/** The figures of one unit (the whole scope, a town or a village) for a period; a figure never set is zero. */
public final class Figures {

    private final Map<Figure, BigDecimal> values = new EnumMap<>(Figure.class);

    void add(Figure figure, Number value) {
        if (value == null) {
            return;
        }
        BigDecimal amount = value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
        values.merge(figure, amount, BigDecimal::add);
    }

    void set(Figure figure, Number value) {
        values.remove(figure);
        add(figure, value);
    }

    boolean has(Figure figure) {
        return values.containsKey(figure);
    }

    /** The figure as shown: a whole number, a total with two decimals stripped of zeros, or the median; null when a median has no data. */
    public Number get(Figure figure) {
        BigDecimal value = values.get(figure);
        return switch (figure.kind()) {
            case COUNT -> value == null ? 0L : value.longValue();
            case AMOUNT -> value == null ? BigDecimal.ZERO : value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
            case DAYS -> value == null ? null : value.setScale(1, RoundingMode.HALF_UP);
        };
    }

    /** For templates: the figure by its name. */
    public Number of(String name) {
        return get(Figure.valueOf(name));
    }

    /** For templates: the share in whole percent of a figure in another, by names. */
    public long share(String part, String whole) {
        return percent(Figure.valueOf(part), Figure.valueOf(whole));
    }

    /** For templates: the figure as text, with thousands separators; a median without data is a dash. */
    public String text(String name) {
        Number value = get(Figure.valueOf(name));
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat(value instanceof Long ? "#,##0" : "#,##0.##");
        return format.format(value);
    }

    long count(Figure figure) {
        BigDecimal value = values.get(figure);
        return value == null ? 0 : value.longValue();
    }

    /** A share in whole percent of part in whole; 0 when the whole is 0. */
    long percent(Figure part, Figure whole) {
        long total = count(whole);
        return total == 0 ? 0 : Math.round(100.0 * count(part) / total);
    }

    public long fulfilledPercent() {
        return percent(Figure.COMMITMENTS_FULFILLED, Figure.COMMITMENTS);
    }

    public long overduePercent() {
        return percent(Figure.COMMITMENTS_OVERDUE, Figure.COMMITMENTS);
    }

    public long ninetiesPercent() {
        return percent(Figure.NINETIES_SECRETARIES_DEPUTIES, Figure.SECRETARIES_DEPUTIES);
    }
}
