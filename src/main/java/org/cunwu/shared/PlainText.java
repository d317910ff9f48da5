package org.cunwu.shared;

/**
 * Text a person typed holds no control characters other than tab, newline and carriage return: PostgreSQL
 * cannot store NUL at all, and the others (C0 and C1 controls, DEL) are never typed. Forms refuse such
 * text with a field message; list filters drop the characters.
 */
public final class PlainText {

    private PlainText() {
    }

    public static boolean isPlain(String text) {
        return text.chars().noneMatch(PlainText::isRefused);
    }

    /** The text less the characters refused. */
    public static String withoutRefused(String text) {
        if (isPlain(text)) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isRefused(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isRefused(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
    }
}
