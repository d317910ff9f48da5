package org.cunwu.shared.history;

import java.time.Instant;
import java.util.List;

/** One revision of a record: who, when, what kind of change, and each field that changed. */
public record HistoryEntry(int revision, Instant at, String username, Kind kind, List<FieldChange> changes) {

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String fieldKey, String oldValue, String newValue) {
    }
}
