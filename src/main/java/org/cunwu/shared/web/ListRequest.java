package org.cunwu.shared.web;

import java.util.Map;
import java.util.function.Function;

import jakarta.servlet.http.HttpServletRequest;

import org.cunwu.shared.FilterParameters;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.ui.Model;

/**
 * What a list page asks for, read the same way by every list: its filters, read leniently by {@link FilterParameters},
 * and its {@code page}, {@code size} and {@code sort}, turned into a page by {@link Paging}. A list's handler method
 * takes it as an argument ({@link ListRequestResolver}), and so does its download's ({@code params = "format"}), which
 * reads the same filters and order without paging.
 */
public final class ListRequest {

    private final HttpServletRequest request;
    private final FilterParameters parameters;
    private final Paging paging;

    ListRequest(HttpServletRequest request, Paging paging) {
        this.request = request;
        this.parameters = new FilterParameters(request);
        this.paging = paging;
    }

    /**
     * The list's filter, read by {@code reader}; the model gets it as {@code filter} and the values it could not read as
     * {@code unreadableFilters}, which the list page names above its rows.
     */
    public <F> F filter(Function<FilterParameters, F> reader, Model model) {
        F filter = reader.apply(parameters);
        model.addAttribute("filter", filter);
        model.addAttribute("unreadableFilters", parameters.unreadable());
        return filter;
    }

    /** The list's filter for its download, read by {@code reader} as the list reads it. */
    public <F> F filter(Function<FilterParameters, F> reader) {
        return reader.apply(parameters);
    }

    /** The download's format as asked for ({@code xlsx} or {@code csv}; the exporter takes anything else for xlsx). */
    public String format() {
        return request.getParameter("format");
    }

    /** The page asked for, sorted by one of the {@code sortable} keys or else by {@code defaultSort}. */
    public Pageable pageable(Map<String, String> sortable, Sort defaultSort) {
        return paging.pageable(request.getParameter("page"), request.getParameter("size"), request.getParameter("sort"),
                sortable, defaultSort);
    }

    /** The download's order: the list's, without paging. */
    public Sort sort(Map<String, String> sortable, Sort defaultSort) {
        return paging.sort(request.getParameter("sort"), sortable, defaultSort);
    }
}
