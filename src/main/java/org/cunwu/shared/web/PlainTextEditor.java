package org.cunwu.shared.web;

import java.beans.PropertyEditorSupport;

import org.cunwu.shared.PlainText;

/**
 * Every string a request binds (form fields and request parameters alike): trimmed, empty as null, and
 * refused when it is not {@link PlainText} (a NUL would otherwise reach PostgreSQL as a 500); the refusal is a
 * binding error, so a form shows it on the field ({@code typeMismatch.java.lang.String}, with the text
 * less those characters kept in the field: see {@link PortalControllerAdvice}) and a request parameter
 * answers 400.
 */
class PlainTextEditor extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
        if (text == null) {
            setValue(null);
            return;
        }
        if (!PlainText.isPlain(text)) {
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
}
