package org.cunwu.shared.web;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.servlet.http.HttpServletRequest;

import org.cunwu.shared.paging.ListPageRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that turns a list's {@code page}, {@code size} and {@code sort} parameters into a
 * {@link Pageable}. Lenient on purpose: a mistyped number or an unknown sort key falls back to the
 * default instead of failing the page. A page number past the end is kept (the list shows it empty, with a link to
 * its last page) but never so large that its offset leaves the range of an int, which the database query cannot take.
 * Its total is counted exactly up to {@code cunwu.paging.exact-count-limit} rows, beyond that the list says "more than"
 * ({@link ListPageRequest}).
 */
@Component
public class Paging {

    private static final Set<String> NOT_SELECTING = Set.of("page", "size", "sort", "format");

    private final int defaultSize;
    private final int maxSize;
    private final int exactCountLimit;

    Paging(@Value("${cunwu.paging.default-size:20}") int defaultSize, @Value("${cunwu.paging.max-size:200}") int maxSize,
            @Value("${cunwu.paging.exact-count-limit:20000}") int exactCountLimit) {
        this.defaultSize = defaultSize;
        this.maxSize = maxSize;
        this.exactCountLimit = Math.max(1, exactCountLimit);
    }

    /**
     * @param sortable the sort keys a list offers (Spring Data's names, e.g. {@code name}) mapped to the
     *                 entity path they sort by (e.g. {@code town.name})
     */
    public Pageable pageable(String page, String size, String sort, Map<String, String> sortable, Sort defaultSort) {
        int pageSize = Math.min(maxSize, Math.max(1, parse(size, defaultSize)));
        int lastPossiblePage = Integer.MAX_VALUE / pageSize - 1;
        int pageNumber = Math.min(lastPossiblePage, Math.max(0, parse(page, 0)));
        return new ListPageRequest(pageNumber, pageSize, sort(sort, sortable, defaultSort), exactCountLimit, selectionKey());
    }

    /**
     * Who asks for which selection: the signed-in reader (whose scope narrows every list), the list's path and its
     * parameters but the page, the page size, the order and the export format, which do not change which rows belong.
     * Null outside a web request.
     */
    static String selectionKey() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        StringBuilder key = new StringBuilder().append(request.getRemoteUser()).append('\n').append(request.getRequestURI());
        new TreeMap<>(request.getParameterMap()).forEach((name, values) -> {
            if (!NOT_SELECTING.contains(name)) {
                key.append('\n').append(name).append('=').append(String.join("\u0000", values));
            }
        });
        return key.toString();
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
        String digits = value.trim();
        try {
            return Integer.parseInt(digits);
        } catch (NumberFormatException e) {
            // a number too large for an int is still a number: the largest, clamped by the caller
            return digits.matches("[0-9]{1,1000}") ? Integer.MAX_VALUE : fallback;
        }
    }
}
