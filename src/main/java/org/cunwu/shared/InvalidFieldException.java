package org.cunwu.shared;

/** A rule that only the service can check (a code already taken, a town that is gone) broken by one form field. */
public class InvalidFieldException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] arguments;

    public InvalidFieldException(String field, String messageKey, Object... arguments) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** The text of this field is longer than the column of the step it is for. */
    public static void checkLength(String field, String text, int max) {
        if (text != null && text.length() > max) {
            throw new InvalidFieldException(field, "validation.size.maxChars", max);
        }
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    /** The message's {0}-style arguments. */
    public Object[] arguments() {
        return arguments.clone();
    }
}
