package org.cunwu.villages;

/** The text search of the small structure lists (towns, clusters, zones), filtered in memory: tens of rows. */
final class TextMatch {

    private TextMatch() {
    }

    /** True when q is empty or is a substring of any of the values (Chinese has no case; Latin letters ignore it). */
    static boolean matches(String q, String... values) {
        if (q == null || q.isBlank()) {
            return true;
        }
        String needle = q.trim().toLowerCase(java.util.Locale.ROOT);
        for (String value : values) {
            if (value != null && value.toLowerCase(java.util.Locale.ROOT).contains(needle)) {
                return true;
            }
        }
        return false;
    }
}
