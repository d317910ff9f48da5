package org.cunwu.shared.history;

import java.util.function.Function;

import jakarta.persistence.EntityNotFoundException;

import org.hibernate.ObjectNotFoundException;
import org.hibernate.Session;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;

/**
 * Names a record that a history snapshot refers to (a visit's representative, a project's category) without assuming that
 * the record has a revision or still exists. Records written by the demo loader, an import or SQL have no revision, so Envers
 * finds nothing at the snapshot's revision; a dictionary entry may be deleted while old revisions still point at it. Either
 * way the reference fails only when it is read, so every snapshot reads its references through here: the name as of the
 * revision, else the record's current name, else {@link #DELETED}.
 */
public final class HistoryLabels {

    /** The value shown for a record that no longer exists (a bundle key, as snapshots write them). */
    public static final String DELETED = "msg:history.deletedRecord";

    private HistoryLabels() {
    }

    public static <T> String of(T related, Function<? super T, String> label) {
        if (related == null) {
            return null;
        }
        try {
            return label.apply(related);
        } catch (EntityNotFoundException | ObjectNotFoundException missing) {
            return current(related, label);
        }
    }

    /** The record as it is now, read through the session that made the reference (Envers' session delegates to it). */
    @SuppressWarnings("unchecked")
    private static <T> String current(T related, Function<? super T, String> label) {
        LazyInitializer reference = HibernateProxy.extractLazyInitializer(related);
        if (reference == null || !(reference.getSession() instanceof Session session)) {
            return DELETED;
        }
        try {
            Object now = session.find(reference.getPersistentClass(), reference.getInternalIdentifier());
            return now == null ? DELETED : label.apply((T) now);
        } catch (EntityNotFoundException | ObjectNotFoundException gone) {
            return DELETED;
        }
    }
}
