package org.cunwu.shared.history;

import java.util.Map;

/**
 * A record whose history is shown on its page. The snapshot maps a field's message key to the
 * value as a person reads it (a town's name, not its id), in display order. A related record's name is read through
 * {@link HistoryLabels#of}: the related record may have no revision at that point, or be deleted since.
 */
public interface Historied {

    Map<String, String> historySnapshot();

    /** The record's name where a history lists several records (a programme's enrollments); null otherwise. */
    default String historySubject() {
        return null;
    }
}
