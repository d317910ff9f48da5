package org.cunwu.shared.export;

import java.util.function.Consumer;

/**
 * The records of a download, handed over one at a time as they are read: a list in memory ({@code list::forEach}) or
 * a service reading its selection in batches ({@link Batches}), so that a large selection is never held whole.
 */
@FunctionalInterface
public interface Records<T> {

    void forEach(Consumer<T> action);
}
