package org.cunwu.shared.paging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.support.JpaEntityInformation;
import org.springframework.data.jpa.repository.support.SimpleJpaRepository;

/**
 * The base of every repository: Spring Data's, except that a page of a list ({@link ListPageRequest}) is not counted
 * exactly when its selection is large. Counting 70,000 villages or a million problems on every page cost more than
 * reading the page; a person cannot tell 1,000,000 from "more than 10,000" on a page of twenty. So first one row is
 * looked for past the bound (an index or table scan that stops there); only where there is none is the selection
 * counted, which then reads at most the bound's rows.
 * <p>
 * That a selection has more rows than the bound is remembered for {@link #REMEMBERED} under the page's selection key
 * (who asks, which list, which filters): paging through or re-sorting 70,000 villages then costs no probe at all.
 * Only this answer is remembered, never an exact count, so a record just added or removed shows in every count
 * that is still exact; a selection that shrinks below the bound is counted again within the minute.
 */
public class ListCountingRepository<T, ID> extends SimpleJpaRepository<T, ID> {

    static final Duration REMEMBERED = Duration.ofMinutes(1);
    private static final int MOST_REMEMBERED = 10_000;

    private final EntityManager entityManager;
    private final JpaEntityInformation<T, ?> entityInformation;
    /** selection key and bound → when the answer "more rows than the bound" is forgotten (System.nanoTime) */
    private final Map<String, Long> largeSelections = new ConcurrentHashMap<>();

    public ListCountingRepository(JpaEntityInformation<T, ?> entityInformation, EntityManager entityManager) {
        super(entityInformation, entityManager);
        this.entityManager = entityManager;
        this.entityInformation = entityInformation;
    }

    @Override
    protected <S extends T> Page<S> readPage(TypedQuery<S> query, Class<S> domainClass, Pageable pageable, Specification<S> spec) {
        if (!(pageable instanceof ListPageRequest listPage)) {
            return super.readPage(query, domainClass, pageable, spec);
        }
        query.setFirstResult(Math.toIntExact(pageable.getOffset()));
        query.setMaxResults(pageable.getPageSize());
        List<S> content = query.getResultList();
        long offset = pageable.getOffset();
        if (content.size() < pageable.getPageSize() && (offset == 0 || !content.isEmpty())) {
            return new PageImpl<>(content, pageable, offset + content.size()); // a page that is not full tells the total
        }
        long bound = listPage.countBound();
        String remembered = listPage.selectionKey() == null ? null : listPage.selectionKey() + '\n' + bound;
        if (knownLarge(remembered)) {
            return new BoundedPage<>(content, pageable, bound);
        }
        if (rowExistsPast(bound, domainClass, spec)) {
            remember(remembered);
            return new BoundedPage<>(content, pageable, bound);
        }
        long total = getCountQuery(spec, domainClass).getResultList().stream().mapToLong(Long::longValue).sum();
        return new PageImpl<>(content, pageable, total);
    }

    private boolean knownLarge(String key) {
        Long until = key == null ? null : largeSelections.get(key);
        return until != null && until - System.nanoTime() > 0;
    }

    private void remember(String key) {
        if (key == null) {
            return;
        }
        long now = System.nanoTime();
        if (largeSelections.size() >= MOST_REMEMBERED) {
            largeSelections.values().removeIf(until -> until - now <= 0);
            if (largeSelections.size() >= MOST_REMEMBERED) {
                largeSelections.clear();
            }
        }
        largeSelections.put(key, now + REMEMBERED.toNanos());
    }

    private <S extends T> boolean rowExistsPast(long bound, Class<S> domainClass, Specification<S> spec) {
        CriteriaBuilder builder = entityManager.getCriteriaBuilder();
        // a Long result, as a count query has: specifications add their fetch joins only to queries of entities
        CriteriaQuery<Long> probe = builder.createQuery(Long.class);
        Root<S> root = probe.from(domainClass);
        Predicate predicate = spec == null ? null : spec.toPredicate(root, probe, builder);
        probe.select(root.<Long>get(entityInformation.getIdAttribute().getName()));
        if (predicate != null) {
            probe.where(predicate);
        }
        return !entityManager.createQuery(probe).setFirstResult(Math.toIntExact(bound)).setMaxResults(1).getResultList().isEmpty();
    }
}
