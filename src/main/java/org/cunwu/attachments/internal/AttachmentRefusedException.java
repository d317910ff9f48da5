package org.cunwu.attachments.internal;

/** A file that cannot be attached, with the message key (and arguments) that tells the user why. */
public class AttachmentRefusedException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AttachmentRefusedException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments;
    }
}
