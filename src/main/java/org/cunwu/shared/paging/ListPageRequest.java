package org.cunwu.shared.paging;

import java.util.Objects;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/**
 * A page of a list that a person pages through (made by {@code shared.web.Paging}): its total is counted exactly up to
 * {@link #exactCountLimit()} rows (or as far as the page reaches), beyond that only "more than N" is known. Other
 * pageables (a dashboard's count, the search box's groups) keep Spring Data's exact count.
 */
public final class ListPageRequest extends PageRequest {

    private final int exactCountLimit;
    private final String selectionKey;

    public ListPageRequest(int pageNumber, int pageSize, Sort sort, int exactCountLimit) {
        this(pageNumber, pageSize, sort, exactCountLimit, null);
    }

    /**
     * @param selectionKey who asks for which selection (the reader and the list's filters, not its page or order), or
     *                     null: a large selection's "more than N" is then remembered for a short while under this key
     */
    public ListPageRequest(int pageNumber, int pageSize, Sort sort, int exactCountLimit, String selectionKey) {
        super(pageNumber, pageSize, sort);
        this.exactCountLimit = exactCountLimit;
        this.selectionKey = selectionKey;
    }

    /** Who asks for which selection, or null when that is not known (no web request). */
    public String selectionKey() {
        return selectionKey;
    }

    public int exactCountLimit() {
        return exactCountLimit;
    }

    /**
     * How many rows must exist before the total is no longer counted: the limit, or the page's end rounded up to a
     * multiple of it (page 1000 of twenty rows: 30,000 with a limit of 10,000), so that the figure shown stays round.
     */
    public long countBound() {
        long end = getOffset() + getPageSize();
        long rounded = Math.max(exactCountLimit, (end + exactCountLimit - 1) / exactCountLimit * exactCountLimit);
        return Math.min(rounded, Integer.MAX_VALUE); // the database query takes an int offset
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ListPageRequest other && super.equals(other) && exactCountLimit == other.exactCountLimit
                && Objects.equals(selectionKey, other.selectionKey);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * super.hashCode() + exactCountLimit) + Objects.hashCode(selectionKey);
    }
}
