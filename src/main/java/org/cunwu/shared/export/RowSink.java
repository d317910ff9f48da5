package org.cunwu.shared.export;

import java.util.List;

/** Where an export writes its rows, one at a time, so that a large selection is never held in memory. */
@FunctionalInterface
public interface RowSink {

    void row(List<?> cells);
}
