package org.cunwu.shared.export;

import java.util.function.Consumer;
import java.util.function.Function;

import jakarta.persistence.EntityManager;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.stereotype.Component;

/**
 * Reads a selection for a download in batches of {@value #SIZE}, in a stable order (the id breaks ties), hands each
 * record on as it is read and then clears the persistence context, so that memory stays bounded however many rows
 * are written. Batches are slices (no count query per batch). Call it inside the service's read-only transaction.
 */
@Component
public class Batches {

    public static final int SIZE = 1000;

    private final EntityManager entityManager;

    Batches(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The records a specification selects, with the associations a row needs fetched with them. */
    public <T> void forEach(JpaSpecificationExecutor<T> repository, Specification<T> selection, Sort sort,
            Consumer<? super T> action, String... fetched) {
        forEach(batch -> repository.findBy(selection, query -> (fetched.length == 0 ? query : query.project(fetched)).sortBy(batch.getSort()).slice(batch)),
                sort, action);
    }

    /** The records of a paged query, batch after batch. */
    public <T> void forEach(Function<Pageable, ? extends Slice<T>> query, Sort sort, Consumer<? super T> action) {
        Sort stable = sort.getOrderFor("id") == null ? sort.and(Sort.by("id")) : sort;
        Pageable batch = PageRequest.of(0, SIZE, stable);
        Slice<T> slice;
        do {
            slice = query.apply(batch);
            slice.forEach(action);
            entityManager.clear();
            batch = batch.next();
        } while (slice.hasNext());
    }
}
