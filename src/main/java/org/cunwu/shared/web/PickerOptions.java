package org.cunwu.shared.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The answer of a type-to-search picker ({@code /pickers/...}, read by {@code select-search.js}): the first options
 * whose text holds what was typed, as a select offers them (value sent, text shown), and whether there are more.
 * Each module answers for its own records, from the same scoped choices its forms list.
 */
public record PickerOptions(List<Option> options, boolean more) {

    /** How many options a picker answers unless asked for fewer, and the most it answers. */
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 50;

    public record Option(String value, String text) {
    }

    /** The requested number of options within 1 … {@value #MAX_LIMIT}; unreadable or absent: {@value #DEFAULT_LIMIT}. */
    public static int limit(String requested) {
        try {
            return requested == null ? DEFAULT_LIMIT : Math.max(1, Math.min(MAX_LIMIT, Integer.parseInt(requested.trim())));
        } catch (NumberFormatException e) {
            return DEFAULT_LIMIT;
        }
    }

    /** True when q is empty or its text (Latin letters in any case) is in one of the values. */
    public static boolean matches(String q, String... values) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.trim().toLowerCase(Locale.ROOT);
        for (String value : values) {
            if (value != null && value.toLowerCase(Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }

    /** The first {@code limit} of the candidates (already scoped and matched), as options. */
    public static <T> PickerOptions of(Stream<T> candidates, String limit, Function<T, String> value, Function<T, String> text) {
        int max = limit(limit);
        List<Option> first = candidates.limit(max + 1L).map(c -> new Option(value.apply(c), text.apply(c))).toList();
        return new PickerOptions(first.size() > max ? first.subList(0, max) : first, first.size() > max);
    }
}
