package org.cunwu.shared.history;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a record's revisions and turns consecutive snapshots into field-by-field changes. */
@Service
public class HistoryService {

    private final EntityManager entityManager;

    HistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOf(Class<? extends Historied> type, Object id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = new ArrayList<>();
        Map<String, String> previous = Map.of();
        for (Object[] row : rows) {
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, String> current = revisionType == RevisionType.DEL ? previous : ((Historied) row[0]).historySnapshot();
            HistoryEntry.Kind kind = switch (revisionType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            List<HistoryEntry.FieldChange> changes = kind == HistoryEntry.Kind.DELETED ? List.of() : diff(previous, current);
            if (kind != HistoryEntry.Kind.CHANGED || !changes.isEmpty()) {
                entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                        revision.getUsername(), kind, changes));
            }
            previous = current;
        }
        Collections.reverse(entries);
        return entries;
    }

    /**
     * The history of the records of a kind that belong to one owner (a programme's enrollments, a project's applications:
     * {@code owner} is the property pointing at it), in one query, newest first; each entry names its record. Only the
     * records among {@code shown} are listed (those the reader may see), all where it is null.
     */
    @Transactional(readOnly = true)
    public List<HistoryEntry> historyOfParts(Class<? extends Historied> type, String owner, Object ownerId,
            Collection<?> shown) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = AuditReaderFactory.get(entityManager)
                .createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.relatedId(owner).eq(ownerId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        var ids = entityManager.getEntityManagerFactory().getPersistenceUnitUtil();
        Map<Object, Map<String, String>> previous = new HashMap<>();
        Map<Object, String> subjects = new HashMap<>();
        List<HistoryEntry> entries = new ArrayList<>();
        for (Object[] row : rows) {
            Object id = ids.getIdentifier(row[0]);
            if (shown != null && !shown.contains(id)) {
                continue;
            }
            Revision revision = (Revision) row[1];
            RevisionType revisionType = (RevisionType) row[2];
            Map<String, String> before = previous.getOrDefault(id, Map.of());
            Map<String, String> current = revisionType == RevisionType.DEL ? before : ((Historied) row[0]).historySnapshot();
            if (revisionType != RevisionType.DEL) {
                subjects.put(id, ((Historied) row[0]).historySubject());
            }
            HistoryEntry.Kind kind = switch (revisionType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.CHANGED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            List<HistoryEntry.FieldChange> changes = kind == HistoryEntry.Kind.DELETED ? List.of() : diff(before, current);
            if (kind != HistoryEntry.Kind.CHANGED || !changes.isEmpty()) {
                entries.add(new HistoryEntry(revision.getId(), Instant.ofEpochMilli(revision.getTimestamp()),
                        revision.getUsername(), kind, changes, subjects.get(id)));
            }
            previous.put(id, current);
        }
        Collections.reverse(entries);
        return entries;
    }

    /** Histories of a record and of its parts as one, newest first. */
    @SafeVarargs
    public static List<HistoryEntry> newestFirst(List<HistoryEntry>... histories) {
        List<HistoryEntry> all = new ArrayList<>();
        for (List<HistoryEntry> history : histories) {
            all.addAll(history);
        }
        all.sort(Comparator.comparing(HistoryEntry::at).thenComparing(HistoryEntry::revision).reversed());
        return all;
    }

    static List<HistoryEntry.FieldChange> diff(Map<String, String> before, Map<String, String> after) {
        Set<String> keys = new LinkedHashSet<>(after.keySet());
        keys.addAll(before.keySet());
        List<HistoryEntry.FieldChange> changes = new ArrayList<>();
        for (String key : keys) {
            String old = before.get(key);
            String now = after.get(key);
            if (!Objects.equals(blankToNull(old), blankToNull(now))) {
                changes.add(new HistoryEntry.FieldChange(key, old, now));
            }
        }
        return changes;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
