package org.cunwu.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The query parameters of a list's filters, read one at a time: a value that cannot be read (a word where an id belongs,
 * an unknown status, {@code maybe} for a yes/no) drops only its own condition and is remembered with the label of its
 * filter, so that the list applies the other filters and says which value it left out ({@link #unreadable()}) instead
 * of failing or clearing them all. Dates keep their own notice beside the field ({@link DateRange}).
 */
public final class FilterParameters {

    /** A value left out: the message key of its filter's label and the value as typed (shortened). */
    public record Unreadable(String label, String value) {
    }

    private static final int SHOWN_LENGTH = 30;

    private final HttpServletRequest request;
    private final List<Unreadable> unreadable = new ArrayList<>();

    public FilterParameters(HttpServletRequest request) {
        this.request = request;
    }

    /** Trimmed {@link PlainText} (control characters dropped), or null when absent or blank. */
    public String text(String name) {
        String value = request.getParameter(name);
        if (value == null) {
            return null;
        }
        String plain = PlainText.withoutRefused(value).strip();
        return plain.isEmpty() ? null : plain;
    }

    /** The id of a record to filter by (a town, a village, a category…). */
    public Long id(String name, String label) {
        return number(name, label, Long::valueOf);
    }

    public Integer integer(String name, String label) {
        return number(name, label, Integer::valueOf);
    }

    /** A yes/no filter, read as Spring reads it ({@code true/on/yes/1}, {@code false/off/no/0}). */
    public Boolean flag(String name, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase()) {
            case "true", "on", "yes", "1" -> Boolean.TRUE;
            case "false", "off", "no", "0" -> Boolean.FALSE;
            default -> unreadable(label, value);
        };
    }

    /** One of a closed set, by its constant's name ({@code status=OPERATING}). */
    public <E extends Enum<E>> E choice(String name, Class<E> type, String label) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return unreadable(label, value);
        }
    }

    /** {@code <prefix>From} and {@code <prefix>To}; an unreadable end is reported by the range itself. */
    public DateRange dates(String prefix) {
        return DateRange.of(request, prefix);
    }

    /** The values left out, in the order they were read; empty when every filter could be read. */
    public List<Unreadable> unreadable() {
        return List.copyOf(unreadable);
    }

    private <N extends Number> N number(String name, String label, Function<String, N> parse) {
        String value = text(name);
        if (value == null) {
            return null;
        }
        try {
            return parse.apply(value);
        } catch (NumberFormatException e) {
            return unreadable(label, value);
        }
    }

    private <T> T unreadable(String label, String value) {
        String shown = value.length() > SHOWN_LENGTH ? value.substring(0, SHOWN_LENGTH) + "…" : value;
        unreadable.add(new Unreadable(label, shown));
        return null;
    }
}
