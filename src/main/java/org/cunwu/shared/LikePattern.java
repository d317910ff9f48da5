package org.cunwu.shared;

/** The SQL LIKE pattern of a text searched for anywhere in a value, with LIKE's wildcards escaped by a backslash. */
public final class LikePattern {

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

    private static String escape(String text) {
        return text.trim().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
