package org.cunwu.shared.paging;

import java.util.List;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;

/**
 * A page of a selection with more rows than were counted: only "more than {@link #getLowerBound()}" is known. Its total
 * is reported as one more than the bound, so that the page after this one exists; the pagination shows "超过 N 条" and
 * no link to the last page.
 */
public final class BoundedPage<T> extends PageImpl<T> {

    private final long lowerBound;

    BoundedPage(List<T> content, Pageable pageable, long lowerBound) {
        super(content, pageable, lowerBound + 1);
        this.lowerBound = lowerBound;
    }

    /** The selection has more rows than this. */
    public long getLowerBound() {
        return lowerBound;
    }
}
