package org.cunwu.shared.web;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Links of a list page that keep its filters: the next page, another sort, an export of the same
 * selection. Used from templates as {@code ${@listUrls.with('page', 2)}}.
 */
@Component("listUrls")
public class ListUrls {

    /** The current URL with one parameter set (or removed when value is null); paging restarts on a new sort. */
    public String with(String name, Object value) {
        HttpServletRequest request = currentRequest();
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path(request));
        // a form's POST parameters (a password, say) must never end up in a link
        Map<String, String[]> params = "GET".equals(request.getMethod()) ? request.getParameterMap() : Map.of();
        for (Map.Entry<String, String[]> param : params.entrySet()) {
            String key = param.getKey();
            if (key.equals(name) || key.equals("lang") || key.equals("_csrf")
                    || (name.equals("sort") && key.equals("page"))) {
                continue;
            }
            for (String v : param.getValue()) {
                builder.queryParam(key, v);
            }
        }
        if (value != null) {
            builder.queryParam(name, value);
        }
        return builder.encode().build().toUriString();
    }

    /** The link of a column header: ascending first, descending when the list is already sorted ascending by it. */
    public String sort(String key) {
        String current = currentRequest().getParameter("sort");
        boolean ascendingNow = current != null && (current.equals(key) || current.equals(key + ",asc"));
        return with("sort", ascendingNow ? key + ",desc" : key + ",asc");
    }

    /** "asc", "desc" or "" for the column's sort indicator. */
    public String sortState(String key) {
        String current = currentRequest().getParameter("sort");
        if (current == null) {
            return "";
        }
        if (current.equals(key) || current.equals(key + ",asc")) {
            return "asc";
        }
        return current.equals(key + ",desc") ? "desc" : "";
    }

    /** The same selection as a download: no paging. */
    public String export(String format) {
        HttpServletRequest request = currentRequest();
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
        for (Map.Entry<String, String[]> param : request.getParameterMap().entrySet()) {
            String key = param.getKey();
            if (key.equals("page") || key.equals("size") || key.equals("format") || key.equals("lang")) {
                continue;
            }
            for (String v : param.getValue()) {
                builder.queryParam(key, v);
            }
        }
        builder.queryParam("format", format);
        return builder.encode().build().toUriString();
    }

    /**
     * The address the user asked for. On an error page that is the page that failed (the language switch asks for it
     * again), not /error; after a failed POST, whose address may not be opened, the home page.
     */
    private static String path(HttpServletRequest request) {
        if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String failed) {
            return "GET".equals(request.getMethod()) ? failed : "/";
        }
        return request.getRequestURI();
    }

    private static HttpServletRequest currentRequest() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
