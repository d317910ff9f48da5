package org.cunwu.shared.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.FetchParent;
import jakarta.persistence.criteria.From;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.query.QueryUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a selection for a download of any size in constant memory and at a steady rate: <b>one</b> query, in the
 * list's order with the id breaking ties, whose rows the PostgreSQL driver fetches {@value #SIZE} at a time from a
 * server-side cursor (a JDBC fetch size inside the read-only transaction; without a transaction the driver would read
 * every row at once). Each record is handed on as it arrives and the persistence context is cleared after every
 * {@value #SIZE} records, so neither the driver nor Hibernate holds more than a batch.
 * <p>
 * Why a cursor and not pages: pages read with OFFSET make the database walk past every earlier row again for each
 * page (quadratic: a million problems took minutes), and keyset pages ({@code where (sortkey, id) > last}) would need
 * every sortable column, nullable ones included, turned into a comparison. The cursor takes the lists' own
 * {@link Specification}s (so a user exports exactly what the list shows them, scope included) and sorts unchanged.
 * When the client goes away, the next write fails, the exception closes the cursor and rolls the transaction back,
 * so the database stops with the download.
 */
@Component
public class Batches {

    public static final int SIZE = 1000;

    private final EntityManager entityManager;

    Batches(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The records a specification selects in the sort's order, with the associations a row needs fetched with them. */
    @Transactional(readOnly = true)
    public <T> void forEach(Class<T> type, Specification<T> selection, Sort sort, Consumer<? super T> action, String... fetched) {
        forEachBatch(type, selection, sort, batch -> batch.forEach(action), fetched);
    }

    /**
     * The same, {@value #SIZE} records at a time, for a row that needs figures read per batch (counts per record) in
     * one query rather than one per record.
     */
    @Transactional(readOnly = true)
    public <T> void forEachBatch(Class<T> type, Specification<T> selection, Sort sort, Consumer<List<T>> action, String... fetched) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        fetch(root, fetched);
        Predicate where = selection.toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.select(root).orderBy(QueryUtils.toOrders(stable(sort), root, cb));
        stream(entityManager.createQuery(query), action);
    }

    /**
     * The selection as a projection: per record only the attributes at the given paths (to-one associations joined
     * left, so that a null association gives null values rather than dropping the record), in the selection's order,
     * as arrays in the paths' order. No entity is loaded, so Hibernate neither builds nor tracks one per row, and the
     * database sends only these columns.
     */
    @Transactional(readOnly = true)
    public <T> void forEachRow(Selection<T> selection, List<String> paths, Consumer<Object[]> action) {
        CriteriaBuilder cb = entityManager.getCriteriaBuilder();
        CriteriaQuery<Object[]> query = cb.createQuery(Object[].class);
        Root<T> root = query.from(selection.type());
        Map<String, From<?, ?>> joined = new HashMap<>();
        List<jakarta.persistence.criteria.Selection<?>> selected = new ArrayList<>(paths.size());
        for (String path : paths) {
            selected.add(attribute(root, path, joined));
        }
        Predicate where = selection.where().toPredicate(root, query, cb);
        if (where != null) {
            query.where(where);
        }
        query.multiselect(selected).orderBy(QueryUtils.toOrders(stable(selection.sort()), root, cb));
        stream(entityManager.createQuery(query), batch -> batch.forEach(action));
    }

    /** The attribute at a path such as {@code village.town.name}, each association on the way joined (left) once. */
    private static Path<?> attribute(Root<?> root, String path, Map<String, From<?, ?>> joined) {
        String[] steps = path.split("\\.");
        From<?, ?> from = root;
        String prefix = "";
        for (int i = 0; i < steps.length - 1; i++) {
            prefix = prefix + "." + steps[i];
            From<?, ?> parent = from;
            String step = steps[i];
            from = joined.computeIfAbsent(prefix, p -> parent.join(step, JoinType.LEFT));
        }
        return from.get(steps[steps.length - 1]);
    }

    /** The list's order with the id breaking ties, so that every record comes exactly once. */
    private static Sort stable(Sort sort) {
        return sort.getOrderFor("id") == null ? sort.and(Sort.by("id")) : sort;
    }

    /** Left fetch joins for paths such as {@code village.town}, each association joined once. */
    private static void fetch(Root<?> root, String... paths) {
        Map<String, FetchParent<?, ?>> joined = new HashMap<>();
        for (String path : paths) {
            FetchParent<?, ?> parent = root;
            String prefix = "";
            for (String attribute : path.split("\\.")) {
                prefix = prefix + "." + attribute;
                FetchParent<?, ?> from = parent;
                parent = joined.computeIfAbsent(prefix, p -> from.fetch(attribute, JoinType.LEFT));
            }
        }
    }

    private <T> void stream(TypedQuery<T> query, Consumer<List<T>> action) {
        query.setHint(HibernateHints.HINT_FETCH_SIZE, SIZE).setHint(HibernateHints.HINT_READ_ONLY, true);
        List<T> batch = new ArrayList<>(SIZE);
        try (Stream<T> rows = query.getResultStream()) {
            for (Iterator<T> it = rows.iterator(); it.hasNext();) {
                batch.add(it.next());
                if (batch.size() == SIZE) {
                    handOn(batch, action);
                }
            }
            handOn(batch, action);
        }
    }

    private <T> void handOn(List<T> batch, Consumer<List<T>> action) {
        if (!batch.isEmpty()) {
            action.accept(batch);
            batch.clear();
        }
        entityManager.clear();
    }
}
