package org.cunwu.shared.history;

import java.time.Instant;
import java.util.List;

/**
 * One revision of a record: who, when, what kind of change, and each field that changed; {@code subject} names the
 * record where a history lists several (a programme's enrollments), otherwise null.
 */
public record HistoryEntry(int revision, Instant at, String username, Kind kind, List<FieldChange> changes, String subject) {

    public HistoryEntry(int revision, Instant at, String username, Kind kind, List<FieldChange> changes) {
        this(revision, at, username, kind, changes, null);
    }

    public enum Kind { CREATED, CHANGED, DELETED }

    public record FieldChange(String fieldKey, String oldValue, String newValue) {
    }
}
