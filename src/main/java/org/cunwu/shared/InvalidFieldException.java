package org.cunwu.shared;

/** A rule that only the service can check (a code already taken, a town that is gone) broken by one form field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;

    public InvalidFieldException(String field, String messageKey) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
