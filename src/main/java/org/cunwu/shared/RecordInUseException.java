package org.cunwu.shared;

/** A delete refused because other records still refer to this one. */
public class RecordInUseException extends RuntimeException {

    public RecordInUseException(String what, Object id, Throwable cause) {
        super(what + " " + id + " is still referred to", cause);
    }
}
