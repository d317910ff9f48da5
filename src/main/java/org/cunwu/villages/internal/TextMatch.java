package org.cunwu.villages.internal;

import java.util.Locale;

/** The text search of the small structure lists (towns, clusters, zones), filtered in memory: tens of rows. */
public final class TextMatch {

    private TextMatch() {
    }

    /** True when q is empty or is a substring of any of the values (Chinese has no case; Latin letters ignore it). */
    public static boolean matches(String q, String... values) {
        if (isEmpty(q)) {
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

    /** True when q is empty or begins the code: a code is searched from its start, as in the villages list. */
    public static boolean startsCode(String q, String code) {
        return isEmpty(q) || (code != null && code.startsWith(q.trim()));
    }

    private static boolean isEmpty(String q) {
        return q == null || q.isBlank();
    }
}
