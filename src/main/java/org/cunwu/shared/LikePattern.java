package org.cunwu.shared;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;

/** The SQL LIKE pattern of a text searched for anywhere in a value, with LIKE's wildcards escaped by a backslash. */
public final class LikePattern {

    static final int SHORTER_THAN_TRIGRAM = 2;

    private LikePattern() {
    }

    /** "%text%" with {@code \}, {@code %} and {@code _} of the trimmed text escaped (use with escape character {@code \}). */
    public static String contains(String text) {
        return "%" + escape(text) + "%";
    }

    /** "text%": values beginning with the trimmed text, escaped as {@link #contains}. */
    public static String startsWith(String text) {
        return escape(text) + "%";
    }

    /**
     * "The value holds the text" as a query's condition. A text of one or two characters is shorter than a trigram, so a
     * trigram index cannot find it: where the value's column has an index of its characters (V85, V92), the values
     * holding each of the text's characters come from it ({@code contains_chars}), and LIKE decides.
     */
    public static Predicate contains(CriteriaBuilder cb, Expression<String> value, String text) {
        Predicate like = cb.like(value, contains(text), '\\');
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.codePointCount(0, trimmed.length()) > SHORTER_THAN_TRIGRAM) {
            return like;
        }
        return cb.and(cb.isTrue(cb.function("contains_chars", Boolean.class, value, cb.literal(trimmed))), like);
    }

    private static String escape(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
