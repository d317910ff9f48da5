package org.cunwu.shared;

/** Someone else saved the record after this user opened it; the user's save is refused, their input kept. */
public class ConcurrentEditException extends RuntimeException {

    public ConcurrentEditException(String what, Object id) {
        super(what + " " + id + " was changed by someone else");
    }

    public static void check(String what, Object id, Long expected, Long actual) {
        if (expected == null || !expected.equals(actual)) {
            throw new ConcurrentEditException(what, id);
        }
    }
}
