package org.cunwu.shared.web;

import java.beans.PropertyEditorSupport;

/**
 * Every string a request binds (form fields and request parameters alike): trimmed, empty as null, and
 * refused when it holds a control character other than tab, newline and carriage return. PostgreSQL
 * cannot store NUL at all, and the other controls are never typed by a person; the refusal is a
 * binding error, so a form shows it on the field ({@code typeMismatch.java.lang.String}) and a request
 * parameter answers 400.
 */
class PlainTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null) {
            setValue(null);
            return;
        }
        if (!isPlainText(text)) {
            throw new IllegalArgumentException("control character in text");
        }
        String trimmed = text.strip();
        setValue(trimmed.isEmpty() ? null : trimmed);
    }

    @Override
    public String getAsText() {
        Object value = getValue();
        return value == null ? "" : value.toString();
    }

    static boolean isPlainText(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F);
            if (control) {
                return false;
            }
        }
        return true;
    }
}
