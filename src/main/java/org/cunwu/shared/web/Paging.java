package org.cunwu.shared.web;

import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The one place that turns a list's {@code page}, {@code size} and {@code sort} parameters into a
 * {@link Pageable}. Lenient on purpose: a mistyped number or an unknown sort key falls back to the
 * default instead of failing the page.
 */
@Component
public class Paging {

    private final int defaultSize;
    private final int maxSize;

    Paging(@Value("${cunwu.paging.default-size:20}") int defaultSize, @Value("${cunwu.paging.max-size:200}") int maxSize) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
    }

    /**
     * @param sortable the sort keys a list offers (Spring Data's names, e.g. {@code name}) mapped to the
     *                 entity path they sort by (e.g. {@code town.name})
     */
    public Pageable pageable(String page, String size, String sort, Map<String, String> sortable, Sort defaultSort) {
        int pageNumber = Math.max(0, parse(page, 0));
        int pageSize = Math.min(maxSize, Math.max(1, parse(size, defaultSize)));
        return PageRequest.of(pageNumber, pageSize, sort(sort, sortable, defaultSort));
    }

    public Sort sort(String sort, Map<String, String> sortable, Sort defaultSort) {
        if (sort == null || sort.isBlank()) {
            return defaultSort;
        }
        String[] parts = sort.split(",");
        String path = sortable.get(parts[0].trim());
        if (path == null) {
            return defaultSort;
        }
        boolean descending = parts.length > 1 && "desc".equalsIgnoreCase(parts[1].trim());
        // id as tie-breaker keeps paging stable when many rows share a value
        return Sort.by(descending ? Sort.Order.desc(path) : Sort.Order.asc(path)).and(Sort.by("id"));
    }

    private static int parse(String value, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
